// @vitest-environment jsdom
import { firstPaintShown, PAINT_REPORT_WAIT_MS } from './first-paint-shown'
import { nextTask } from './next-task'

/** Runs the frame callbacks requested so far, as the browser does before it paints. */
function frames() {
  const queued: FrameRequestCallback[] = []
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => queued.push(callback))
  return { paint: () => queued.splice(0).forEach((callback) => callback(performance.now())) }
}

/** A browser with paint timing: `report` files the first contentful paint, as it does once the frame is presented. */
function paintTiming() {
  const observers = new Set<() => void>()
  let reported = false
  class FakeObserver {
    static supportedEntryTypes = ['paint']
    private readonly callback: () => void
    constructor(callback: () => void) {
      this.callback = callback
    }
    observe() {
      observers.add(this.callback)
    }
    disconnect() {
      observers.delete(this.callback)
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver)
  vi.spyOn(performance, 'getEntriesByName').mockImplementation((name) => (reported && name === 'first-contentful-paint' ? [{ name } as PerformanceEntry] : []))
  return {
    report: () => {
      reported = true
      for (const callback of observers) callback()
    },
    observing: () => observers.size,
  }
}

const visibility = (state: DocumentVisibilityState) => vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state)

function settled(promise: Promise<void>): () => boolean {
  let done = false
  void promise.then(() => (done = true))
  return () => done
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('firstPaintShown', () => {
  it('waits past the first frame for the browser to report the paint on screen', async () => {
    visibility('visible')
    const frame = frames()
    const timing = paintTiming()
    const shown = settled(firstPaintShown())
    frame.paint()
    await nextTask()
    await nextTask()
    expect(shown()).toBe(false)
    timing.report()
    await vi.waitFor(() => expect(shown()).toBe(true))
    expect(timing.observing()).toBe(0)
  })

  it('once the paint was reported, resolves after the next frame', async () => {
    visibility('visible')
    const frame = frames()
    paintTiming().report()
    const shown = settled(firstPaintShown())
    await nextTask()
    expect(shown()).toBe(false)
    frame.paint()
    await vi.waitFor(() => expect(shown()).toBe(true))
  })

  it('without a report (a browser without paint timing, a frame with nothing to show), gives up PAINT_REPORT_WAIT_MS after the first frame', async () => {
    visibility('visible')
    const frame = frames()
    const timing = paintTiming()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const shown = settled(firstPaintShown())
    frame.paint()
    await nextTask()
    await nextTask()
    vi.advanceTimersByTime(PAINT_REPORT_WAIT_MS - 1)
    await nextTask()
    expect(shown()).toBe(false)
    vi.advanceTimersByTime(1)
    await vi.waitFor(() => expect(shown()).toBe(true))
    expect(timing.observing()).toBe(0)
  })

  it('in a hidden tab, which paints nothing, resolves in the next task', async () => {
    visibility('hidden')
    paintTiming()
    const frame = vi.spyOn(window, 'requestAnimationFrame')
    const shown = settled(firstPaintShown())
    await vi.waitFor(() => expect(shown()).toBe(true))
    expect(frame).not.toHaveBeenCalled()
  })
})
