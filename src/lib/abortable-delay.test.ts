import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { abortableDelay } from './abortable-delay'

describe('abortableDelay', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('resolves after the time, and lets go of the signal', async () => {
    const controller = new AbortController()
    const remove = vi.spyOn(controller.signal, 'removeEventListener')
    let done = false
    void abortableDelay(1000, controller.signal).then(() => (done = true))
    await vi.advanceTimersByTimeAsync(999)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(done).toBe(true)
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function))
  })

  it('rejects at once with the reason when aborted, before or during the wait', async () => {
    const before = new AbortController()
    before.abort(new Error('gone'))
    await expect(abortableDelay(1000, before.signal)).rejects.toThrow('gone')
    const during = new AbortController()
    const waiting = abortableDelay(60_000, during.signal)
    during.abort(new Error('cancelled'))
    await expect(waiting).rejects.toThrow('cancelled')
    expect(vi.getTimerCount()).toBe(0)
  })
})
