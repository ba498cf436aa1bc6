import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useDelayedFlag } from './use-delayed-flag'

const render = (flag: boolean, delayMs?: number) => renderHook(({ on }: { on: boolean }) => useDelayedFlag(on, delayMs), { initialProps: { on: flag } })

describe('useDelayedFlag', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('turns true only once the flag has stayed true for the delay (150 ms unless told)', () => {
    const { result } = render(true)
    expect(result.current).toBe(false)
    act(() => vi.advanceTimersByTime(149))
    expect(result.current).toBe(false)
    act(() => vi.advanceTimersByTime(1))
    expect(result.current).toBe(true)
  })

  it('never shows a flag that drops before the delay (a quick answer flashes nothing), and starts again from zero', () => {
    const { result, rerender } = render(true, 400)
    act(() => vi.advanceTimersByTime(399))
    rerender({ on: false })
    act(() => vi.advanceTimersByTime(1000))
    expect(result.current).toBe(false)
    rerender({ on: true })
    act(() => vi.advanceTimersByTime(399))
    expect(result.current).toBe(false)
    act(() => vi.advanceTimersByTime(1))
    expect(result.current).toBe(true)
  })

  it('goes false in the same render the flag does, not a render later', () => {
    const seen: { on: boolean; shown: boolean }[] = []
    const { rerender } = renderHook(({ on }: { on: boolean }) => {
      const shown = useDelayedFlag(on, 400)
      seen.push({ on, shown })
      return shown
    }, { initialProps: { on: true } })
    act(() => vi.advanceTimersByTime(400))
    expect(seen.at(-1)).toEqual({ on: true, shown: true })
    rerender({ on: false })
    expect(seen.filter((pass) => !pass.on)).not.toContainEqual({ on: false, shown: true })
  })
})
