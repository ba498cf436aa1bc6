// @vitest-environment jsdom
import { afterNextPaint } from './after-next-paint'
import { nextTask } from './next-task'

/** Runs the frame callbacks requested so far, as the browser does before it paints. */
function frames() {
  const queued: FrameRequestCallback[] = []
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => queued.push(callback))
  return { paint: () => queued.splice(0).forEach((callback) => callback(performance.now())), count: () => queued.length }
}

const visibility = (state: DocumentVisibilityState) => vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state)

describe('afterNextPaint', () => {
  it('runs in a task after the next frame, not before it', async () => {
    visibility('visible')
    const frame = frames()
    const callback = vi.fn<() => void>()
    afterNextPaint(callback)
    // The tasks where it would run if it did not wait for the frame.
    await nextTask()
    await nextTask()
    expect(callback).not.toHaveBeenCalled()
    frame.paint()
    expect(callback).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(callback).toHaveBeenCalledOnce())
  })

  it('does nothing once cancelled, even after the frame', async () => {
    visibility('visible')
    const frame = frames()
    const callback = vi.fn<() => void>()
    const cancel = afterNextPaint(callback)
    frame.paint()
    cancel()
    // The task after the frame, where it would have run, and one more.
    await nextTask()
    await nextTask()
    expect(callback).not.toHaveBeenCalled()
  })

  it('in a hidden tab, which paints no frames, runs in the next task', async () => {
    visibility('hidden')
    const frame = frames()
    const callback = vi.fn<() => void>()
    afterNextPaint(callback)
    expect(frame.count()).toBe(0)
    await vi.waitFor(() => expect(callback).toHaveBeenCalledOnce())
  })
})
