import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { abortableWait } from './abortable-wait'

describe('abortableWait', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('resolves after the time, and lets go of the signal', async () => {
    const controller = new AbortController()
    const remove = vi.spyOn(controller.signal, 'removeEventListener')
    let done = false
    void abortableWait(1000, controller.signal).then(() => (done = true))
    await vi.advanceTimersByTimeAsync(999)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(done).toBe(true)
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function))
  })

  it('resolves at once when aborted, its timer cleared', async () => {
    const during = new AbortController()
    const waiting = abortableWait(60_000, during.signal)
    during.abort(new Error('cancelled'))
    await expect(waiting).resolves.toBeUndefined()
    expect(vi.getTimerCount()).toBe(0)
  })
})
