import { ApiError } from '../../../api/api-error'
import { MAX_RETRY_WAIT_MS, rateLimitWait, runBulk } from './run-bulk'

const tooMany = (retryAfterMs: number | null) => new ApiError({ kind: 'http', status: 429, code: 'RESOURCE_EXHAUSTED', message: 'Too many requests', retryAfterMs })
const serverError = () => new ApiError({ kind: 'http', status: 500, code: 'INTERNAL', message: 'Boom' })
const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('runBulk', () => {
  it('sends at most four at a time and reports each item done or failed', async () => {
    let running = 0
    let peak = 0
    const progress: number[] = []
    const outcome = await runBulk([1, 2, 3, 4, 5, 6, 7, 8, 9], {
      signal: new AbortController().signal,
      perform: async (n) => {
        running++
        peak = Math.max(peak, running)
        await tick()
        running--
        if (n === 5) throw serverError()
      },
      onProgress: (n) => progress.push(n),
    })
    expect(peak).toBe(4)
    expect(outcome.done).toEqual([1, 2, 3, 4, 6, 7, 8, 9])
    expect(outcome.failed.map((f) => f.item)).toEqual([5])
    expect(outcome.notSent).toEqual([])
    expect(progress.at(-1)).toBe(9)
  })

  it('on Cancel sends nothing new, lets requests in flight finish, and lists what was not sent', async () => {
    const controller = new AbortController()
    const sent: number[] = []
    const outcome = await runBulk([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], {
      signal: controller.signal,
      perform: async (n) => {
        sent.push(n)
        if (n === 4) controller.abort()
        await tick()
      },
    })
    expect(sent).toEqual([1, 2, 3, 4])
    expect(outcome.done).toEqual([1, 2, 3, 4])
    expect(outcome.notSent).toEqual([5, 6, 7, 8, 9, 10])
  })

  it('waits out a 429 (Retry-After, capped) and sends the same item again', async () => {
    const waits: number[] = []
    const announced: (number | null)[] = []
    let calls = 0
    const outcome = await runBulk(['a'], {
      signal: new AbortController().signal,
      perform: async () => {
        calls++
        if (calls === 1) throw tooMany(3000)
        if (calls === 2) throw tooMany(10 * 60_000)
      },
      onRateLimited: (ms) => announced.push(ms),
      wait: async (ms) => void waits.push(ms),
    })
    expect(calls).toBe(3)
    expect(waits).toEqual([3000, MAX_RETRY_WAIT_MS])
    expect(announced).toEqual([3000, null, MAX_RETRY_WAIT_MS, null])
    expect(outcome.done).toEqual(['a'])
  })

  it('gives up on a key that stays rate limited, and a Cancel during the wait leaves it not sent', async () => {
    const stuck = await runBulk(['a'], { signal: new AbortController().signal, perform: () => Promise.reject(tooMany(1)), wait: async () => {} })
    expect(stuck.failed.map((f) => f.item)).toEqual(['a'])
    const controller = new AbortController()
    const cancelled = await runBulk(['a', 'b'], {
      signal: controller.signal,
      limit: 1,
      perform: () => Promise.reject(tooMany(1)),
      wait: async () => controller.abort(),
    })
    expect(cancelled.notSent).toEqual(['a', 'b'])
    expect(cancelled.failed).toEqual([])
  })

  it('reads only 429s as rate limiting, one second when Retry-After is missing', () => {
    expect(rateLimitWait(tooMany(null))).toBe(1000)
    expect(rateLimitWait(serverError())).toBeNull()
    expect(rateLimitWait(new Error('x'))).toBeNull()
  })
})
