import { QueryClient } from '@tanstack/react-query'
import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ApiKey } from '../../../../api/api-key-schema'
import { preloadToastCard } from '../../../../components/ui/toaster'
import { renderOverEveryKey } from './every-key-test-utils'
import { TEST_API_BASE, startMockApiServer, testApiClient } from '../../../../test/mock-api-server'
import { useRunKeyAction } from './use-run-key-action'

const mock = startMockApiServer()
// One client per file: nothing in it changes, so nothing needs resetting between tests.
const api = testApiClient()
beforeAll(() => preloadToastCard())

/** The server answers a PATCH of these keys 200, having set (and holding) this status instead of the asked one. */
function answerWith(statuses: Record<string, 'ACTIVE' | 'REVOKED'>) {
  mock.server.use(
    http.patch(`${TEST_API_BASE}/v1/api-keys/:id`, async ({ params, request }) => {
      const id = String(params.id)
      const status = statuses[id]
      if (status === undefined) return undefined
      const body = (await request.json()) as { status: string }
      expect(body.status).not.toBe(status)
      const key = status === 'ACTIVE' ? mock.store.get(id) : mock.store.setStatus(id, status, new Date().toISOString())
      return HttpResponse.json({ api_key: key })
    }),
  )
}

async function setUp() {
  const { result, services, rows } = await renderOverEveryKey(api, useRunKeyAction)
  const active = rows().filter((k): k is ApiKey & { name: string } => k.status === 'ACTIVE' && Boolean(k.name?.trim()))
  return { run: result, toasts: services.toasts, active, row: (id: string) => rows().find((k) => k.id === id) }
}

describe('a status change the server answers with another status', () => {
  it('says the server kept the key, offers no Undo, and the row ends at the answer', async () => {
    const { run, active, row } = await setUp()
    const [key] = active
    if (!key) throw new Error('no active key in the seed')
    answerWith({ [key.id]: 'ACTIVE' })
    const outcome = await act(() => run.current('suspend', [key]))
    expect(outcome.succeeded).toEqual([])
    expect(outcome.answeredOtherwise).toEqual([{ key, answer: { kind: 'kept', status: 'ACTIVE' } }])
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(`The server kept ${key.name} Active`)
    expect(alert).toHaveTextContent('You asked for Suspended; the server answered that nothing changed.')
    expect(within(screen.getByRole('status')).queryByRole('button', { name: 'Undo' })).toBeNull()
    expect(screen.getByRole('status')).not.toHaveTextContent('suspended')
    await waitFor(() => expect(row(key.id)?.status).toBe('ACTIVE'))
  })

  it('counts each key of a bulk run by what the server answered', async () => {
    const { run, active, row } = await setUp()
    const [kept, moved, done] = active
    if (!kept || !moved || !done) throw new Error('too few active keys in the seed')
    answerWith({ [kept.id]: 'ACTIVE', [moved.id]: 'REVOKED' })
    const outcome = await act(() => run.current('suspend', [kept, moved, done]))
    expect(outcome.succeeded.map((k) => k.id)).toEqual([done.id])
    expect(outcome.answeredOtherwise.map((o) => o.answer.status)).toEqual(['ACTIVE', 'REVOKED'])
    expect(await screen.findByRole('status')).toHaveTextContent('1 key suspended')
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('2 of 3 keys were not suspended: the server answered otherwise')
    expect(alert).toHaveTextContent(`The server kept ${kept.name} Active.`)
    expect(alert).toHaveTextContent(`${moved.name} is now Revoked.`)
    await waitFor(() => expect([row(kept.id)?.status, row(moved.id)?.status, row(done.id)?.status]).toEqual(['ACTIVE', 'REVOKED', 'SUSPENDED']))
  })
})

describe('a bulk action over every matching key', () => {
  it('counts a key as done only when the server answered the asked status', async () => {
    const { performBulk } = await import('./bulk-all-work')
    const { active } = await setUp()
    const [kept, moved, done] = active
    if (!kept || !moved || !done) throw new Error('too few active keys in the seed')
    answerWith({ [kept.id]: 'ACTIVE', [moved.id]: 'REVOKED' })
    const answered: [string, string | null][] = []
    const onAnswered = (key: { id: string }, answer: { status?: string } | null) => void answered.push([key.id, answer?.status ?? null])
    const outcome = await performBulk(api, 'suspend', [kept, moved, done], '', new AbortController().signal, { onProgress: () => {}, onRateLimited: () => {}, onAnswered })
    expect(outcome.done).toEqual([done])
    // Each key's answer is handed on as it lands (the rows show it), the asked status or not.
    expect(new Map(answered)).toEqual(new Map([[kept.id, 'ACTIVE'], [moved.id, 'REVOKED'], [done.id, 'SUSPENDED']]))
    expect(outcome.answeredOtherwise).toEqual([
      { key: kept, answer: { kind: 'kept', status: 'ACTIVE' } },
      { key: moved, answer: { kind: 'other', status: 'REVOKED' } },
    ])
    expect(outcome.failed).toEqual([])
  })

  it('counts a rate limit’s wait down each second, then says nothing of it (review round 18)', async () => {
    const { executeBulkAll } = await import('./bulk-all-work')
    const { active } = await setUp()
    const [first, second] = active
    if (!first || !second) throw new Error('too few active keys in the seed')
    let refused = false
    mock.server.use(
      http.patch(`${TEST_API_BASE}/v1/api-keys/:id`, () => {
        if (refused) return undefined
        refused = true
        return HttpResponse.json({ error: { code: 'RESOURCE_EXHAUSTED', message: 'Slow down.' } }, { status: 429, headers: { 'Retry-After': '2' } })
      }),
    )
    const waits: (number | null)[] = []
    await new Promise<void>((resolve) => {
      void executeBulkAll({
        api,
        queryClient: new QueryClient(),
        preview: { action: 'suspend', willChange: [first, second], skipped: [] },
        keys: [first, second],
        reason: '',
        earlier: { succeeded: [], notSent: [], answeredOtherwise: [], gone: [] },
        signal: new AbortController().signal,
        setState: (state) => {
          if (typeof state !== 'function' && state.kind === 'running') waits.push(state.rateLimitedMs)
        },
        done: resolve,
      })
    })
    const seconds = waits.flatMap((ms) => (ms === null ? [] : [Math.ceil(ms / 1000)]))
    // It said "retrying in 2 s" until the retry: one figure, never counted down.
    expect(seconds[0]).toBe(2)
    expect(seconds).toContain(1)
    expect(waits.at(-1)).toBeNull()
  }, 10_000)

  it('a key deleted elsewhere since the read (404) is told apart, left out of Retry failed, and gone from the lists', async () => {
    const { executeBulkAll } = await import('./bulk-all-work')
    const { queryClient, rows } = await renderOverEveryKey(api, () => null)
    const [gone, kept] = rows().filter((k) => k.status === 'ACTIVE')
    if (!gone || !kept) throw new Error('too few active keys in the seed')
    mock.store.remove(gone.id, new Date().toISOString())
    let finished: unknown = null
    await new Promise<void>((resolve) => {
      void executeBulkAll({
        api,
        queryClient,
        preview: { action: 'suspend', willChange: [gone, kept], skipped: [] },
        keys: [gone, kept],
        reason: '',
        earlier: { succeeded: [], notSent: [], answeredOtherwise: [], gone: [] },
        signal: new AbortController().signal,
        setState: (state) => {
          if (typeof state !== 'function' && state.kind === 'finished') finished = state
        },
        done: resolve,
      })
    })
    expect(finished).toMatchObject({ succeeded: [kept], failed: [], gone: [gone] })
    expect(rows().map((k) => k.id)).not.toContain(gone.id)
  })
})
