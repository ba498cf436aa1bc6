import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useCalmText } from './use-calm-text'

type Props = { text: string; phase: string }
const render = (initial: Props) => renderHook(({ text, phase }: Props) => useCalmText(text, phase, 5000), { initialProps: initial })

describe('useCalmText', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('follows a count at most once every five seconds, and the last count always arrives', () => {
    const { result, rerender } = render({ text: '1 of 58', phase: 'running' })
    for (let done = 2; done <= 20; done++) rerender({ text: `${done} of 58`, phase: 'running' })
    expect(result.current).toBe('1 of 58')
    act(() => vi.advanceTimersByTime(4999))
    expect(result.current).toBe('1 of 58')
    act(() => vi.advanceTimersByTime(1))
    expect(result.current).toBe('20 of 58')
    rerender({ text: '21 of 58', phase: 'running' })
    act(() => vi.advanceTimersByTime(4000))
    expect(result.current).toBe('20 of 58')
    act(() => vi.advanceTimersByTime(1000))
    expect(result.current).toBe('21 of 58')
  })

  it('says a new phase at once', () => {
    const { result, rerender } = render({ text: '1 of 58', phase: 'running' })
    rerender({ text: 'Stopping… 3 of 58 done', phase: 'cancelling' })
    expect(result.current).toBe('Stopping… 3 of 58 done')
  })

  it('says a change at once when the last one was long enough ago', () => {
    const { result, rerender } = render({ text: '1 of 58', phase: 'running' })
    act(() => vi.advanceTimersByTime(6000))
    rerender({ text: '2 of 58', phase: 'running' })
    expect(result.current).toBe('2 of 58')
  })
})
