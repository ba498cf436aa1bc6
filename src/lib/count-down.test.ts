import { countDown } from './count-down'

afterEach(() => void vi.useRealTimers())

describe('countDown', () => {
  it('shows each whole second of the wait, then 0, and stops there', () => {
    vi.useFakeTimers()
    const shown: number[] = []
    countDown(2500, (ms) => shown.push(Math.ceil(ms / 1000)))
    vi.advanceTimersByTime(5000)
    expect(shown).toEqual([3, 2, 1, 0])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('a clock that runs ahead of the timers (a timer fired early) still shows every second', () => {
    vi.useFakeTimers()
    const shown: number[] = []
    countDown(2000, (ms) => shown.push(Math.ceil(ms / 1000)))
    // The clock 2 ms behind where the timers think it is, as when a timer fires early.
    vi.setSystemTime(Date.now() - 2)
    vi.advanceTimersByTime(1000)
    expect(shown).toEqual([2, 2])
    // Ticking every 1,000 ms, it read 1,002 ms left, showed "2 s" a second time, and next came at the end.
    vi.advanceTimersByTime(5)
    expect(shown).toEqual([2, 2, 1])
    vi.advanceTimersByTime(1100)
    expect(shown.at(-1)).toBe(0)
  })

  it('stopped, it shows nothing more', () => {
    vi.useFakeTimers()
    const shown: number[] = []
    const stop = countDown(3000, (ms) => shown.push(ms))
    stop()
    vi.advanceTimersByTime(5000)
    expect(shown).toEqual([3000])
  })
})
