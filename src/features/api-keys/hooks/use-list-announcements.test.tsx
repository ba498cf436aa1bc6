import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ListView } from '../model/list-view'
import { useListAnnouncements } from './use-list-announcements'

type Props = { sort: ListView['sort']; shown: boolean }
const render = (initial: Props) => renderHook(({ sort, shown }: Props) => useListAnnouncements(sort, shown), { initialProps: initial })

describe('useListAnnouncements', () => {
  it('says nothing of the order a page opens with, even once its rows show', () => {
    const { result, rerender } = render({ sort: { field: 'name', desc: false }, shown: false })
    rerender({ sort: { field: 'name', desc: false }, shown: true })
    expect(result.current.message).toBe('')
  })

  it('says a new order only once the rows in it show', () => {
    const { result, rerender } = render({ sort: null, shown: true })
    rerender({ sort: { field: 'last_used_at', desc: false }, shown: false })
    expect(result.current.message).toBe('')
    rerender({ sort: { field: 'last_used_at', desc: false }, shown: true })
    expect(result.current.message.trim()).toBe('Sorted by last used, oldest first.')
  })

  it('says the default order by name when the view goes back to it (Reset)', () => {
    const { result, rerender } = render({ sort: { field: 'name', desc: true }, shown: true })
    rerender({ sort: null, shown: true })
    expect(result.current.message.trim()).toBe('Sorted by created, newest first.')
    // The same order written out is not a change.
    rerender({ sort: { field: 'create_time', desc: true }, shown: true })
    expect(result.current.message.trim()).toBe('Sorted by created, newest first.')
  })

  it('makes the same words said twice differ, so a live region reads them again', () => {
    const { result } = render({ sort: null, shown: true })
    act(() => result.current.say('Selection cleared.'))
    const first = result.current.message
    act(() => result.current.say('Selection cleared.'))
    expect(result.current.message).not.toBe(first)
    expect(result.current.message.trim()).toBe('Selection cleared.')
    expect(first.trim()).toBe('Selection cleared.')
  })
})
