import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useLiveMessage } from './use-live-message'

describe('useLiveMessage', () => {
  it('says the same words twice as two different texts, so the second is heard too', () => {
    const { result } = renderHook(() => useLiveMessage())
    expect(result.current.message).toBe('')
    act(() => result.current.say('Selection cleared.'))
    const first = result.current.message
    act(() => result.current.say('Selection cleared.'))
    expect(result.current.message).not.toBe(first)
    expect([first, result.current.message].map((m) => m.trim())).toEqual(['Selection cleared.', 'Selection cleared.'])
  })

  it('takes back words no longer true, but not words said since', () => {
    const { result } = renderHook(() => useLiveMessage())
    act(() => result.current.say('Retry failed.'))
    act(() => result.current.unsay('Retry failed.'))
    expect(result.current.message).toBe('')

    act(() => result.current.say('Retry failed.'))
    act(() => result.current.say('Sorted by name, A to Z.'))
    act(() => result.current.unsay('Retry failed.'))
    expect(result.current.message.trim()).toBe('Sorted by name, A to Z.')
  })
})
