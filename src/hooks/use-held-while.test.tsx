import { renderHook } from '@testing-library/react'
import { useHeldWhile } from './use-held-while'

describe('useHeldWhile', () => {
  it('follows the value while not holding', () => {
    const { result, rerender } = renderHook(({ holding, value }) => useHeldWhile(holding, value), { initialProps: { holding: false, value: 'ACTIVE' } })
    expect(result.current).toBe('ACTIVE')
    rerender({ holding: false, value: 'SUSPENDED' })
    expect(result.current).toBe('SUSPENDED')
  })

  it('keeps the value of the last render before holding, even when holding starts with the new value', () => {
    const { result, rerender } = renderHook(({ holding, value }) => useHeldWhile(holding, value), { initialProps: { holding: false, value: 'ACTIVE' } })
    // The pending state and the optimistic write can reach React in one render.
    rerender({ holding: true, value: 'SUSPENDED' })
    expect(result.current).toBe('ACTIVE')
    rerender({ holding: true, value: 'REVOKED' })
    expect(result.current).toBe('ACTIVE')
  })

  it('lets go once holding ends, with whatever the value is then', () => {
    const { result, rerender } = renderHook(({ holding, value }) => useHeldWhile(holding, value), { initialProps: { holding: false, value: 'ACTIVE' } })
    rerender({ holding: true, value: 'SUSPENDED' })
    rerender({ holding: false, value: 'ACTIVE' })
    expect(result.current).toBe('ACTIVE')
    rerender({ holding: true, value: 'ACTIVE' })
    rerender({ holding: false, value: 'SUSPENDED' })
    expect(result.current).toBe('SUSPENDED')
  })
})
