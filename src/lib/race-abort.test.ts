import { describe, expect, it, vi } from 'vitest'
import { raceAbort } from './race-abort'

/** A signal whose abort listeners are counted: those added and not yet removed. */
function watchedSignal() {
  const controller = new AbortController()
  const { signal } = controller
  const listening = new Set<unknown>()
  const add = signal.addEventListener.bind(signal)
  const remove = signal.removeEventListener.bind(signal)
  vi.spyOn(signal, 'addEventListener').mockImplementation((type, listener, options) => {
    if (type === 'abort') listening.add(listener)
    add(type, listener, options)
  })
  vi.spyOn(signal, 'removeEventListener').mockImplementation((type, listener, options) => {
    if (type === 'abort') listening.delete(listener)
    remove(type, listener, options)
  })
  return { controller, signal, listening }
}

describe('raceAbort', () => {
  it('answers with the work’s result and lets go of the signal', async () => {
    const { signal, listening } = watchedSignal()
    const answer = { text: 'the page' }
    await expect(raceAbort(() => Promise.resolve(answer), signal)).resolves.toBe(answer)
    expect(listening.size).toBe(0)
  })

  it('lets go of the signal when the work fails too', async () => {
    const { signal, listening } = watchedSignal()
    await expect(raceAbort(() => Promise.reject(new TypeError('Failed to fetch')), signal)).rejects.toThrow('Failed to fetch')
    expect(listening.size).toBe(0)
  })

  it('ends the wait with the signal’s reason when it aborts first', async () => {
    const { controller, signal, listening } = watchedSignal()
    const never = new Promise<string>(() => {})
    const raced = raceAbort(() => never, signal)
    controller.abort(new DOMException('Timed out', 'TimeoutError'))
    await expect(raced).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(listening.size).toBe(0)
  })

  it('does not start the work for a signal already aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    const work = vi.fn<() => Promise<string>>(() => Promise.resolve('sent'))
    await expect(raceAbort(work, controller.signal)).rejects.toMatchObject({ name: 'AbortError' })
    expect(work).not.toHaveBeenCalled()
  })
})
