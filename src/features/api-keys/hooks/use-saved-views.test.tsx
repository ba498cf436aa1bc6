import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SAVED_VIEWS_STORAGE_KEY, savedViews, useSavedViews, writeSavedViews } from './use-saved-views'

const prod = { id: 'a', name: 'Prod', query: 'env=PRODUCTION' }

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

describe('the saved views store', () => {
  it('reads nothing from a corrupt value, and the same array until storage changes', () => {
    localStorage.setItem(SAVED_VIEWS_STORAGE_KEY, '{"broken"')
    expect(savedViews()).toEqual([])
    localStorage.setItem(SAVED_VIEWS_STORAGE_KEY, JSON.stringify([prod]))
    const first = savedViews()
    expect(first).toEqual([prod])
    expect(savedViews()).toBe(first)
  })

  it('shows a write at once, and a change made in another tab', () => {
    const { result } = renderHook(() => useSavedViews())
    expect(result.current).toEqual([])
    act(() => void writeSavedViews([prod]))
    expect(result.current).toEqual([prod])
    const other = { id: 'b', name: 'Stale', query: 'used=unused_90d' }
    act(() => {
      localStorage.setItem(SAVED_VIEWS_STORAGE_KEY, JSON.stringify([prod, other]))
      window.dispatchEvent(new StorageEvent('storage', { key: SAVED_VIEWS_STORAGE_KEY }))
    })
    expect(result.current).toEqual([prod, other])
  })

  it('keeps a write for this visit when storage refuses it, and says so', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    const { result } = renderHook(() => useSavedViews())
    let stored = true
    act(() => {
      stored = writeSavedViews([prod])
    })
    expect(stored).toBe(false)
    expect(result.current).toEqual([prod])
  })
})
