import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createToastStore, ToastStoreContext, type ToastStore } from '../components/ui/toast-store'
import { copyWithToast, useCopyToClipboard, writeToClipboard } from './use-copy-to-clipboard'

const writeText = vi.fn<(text: string) => Promise<void>>()
// jsdom has no clipboard: each test gets one whose writeText it controls, or none.
let clipboard: Pick<Clipboard, 'writeText'> | undefined

beforeAll(() => Object.defineProperty(navigator, 'clipboard', { configurable: true, get: () => clipboard }))
afterAll(() => Reflect.deleteProperty(navigator, 'clipboard'))
beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined)
  clipboard = { writeText }
})
let store: ToastStore
beforeEach(() => {
  store = createToastStore()
})
const wrapper = ({ children }: { children: ReactNode }) => <ToastStoreContext value={store}>{children}</ToastStoreContext>

const refuse = () => writeText.mockRejectedValue(new DOMException('Denied', 'NotAllowedError'))
const remove = () => {
  clipboard = undefined
}

describe('writeToClipboard', () => {
  it('writes the text and says it did', async () => {
    expect(await writeToClipboard('abc')).toBe(true)
    expect(writeText).toHaveBeenCalledWith('abc')
  })

  it.each([['refused', refuse], ['missing', remove]])('says it did not when the clipboard is %s', async (_, breakClipboard) => {
    breakClipboard()
    expect(await writeToClipboard('abc')).toBe(false)
  })
})

describe('copyWithToast', () => {
  const titles = { copied: 'ID copied', failed: 'Could not copy the ID' }

  it('toasts the copied value', async () => {
    expect(await copyWithToast(store, '01ABC', titles)).toBe(true)
    expect(store.get()).toEqual([expect.objectContaining({ tone: 'success', title: 'ID copied', description: '01ABC' })])
  })

  it('says how to copy by hand when refused', async () => {
    refuse()
    expect(await copyWithToast(store, '01ABC', titles)).toBe(false)
    expect(store.get()).toEqual([expect.objectContaining({ tone: 'error', title: 'Could not copy the ID', description: 'Select it and copy it instead: 01ABC' })])
  })
})

describe('useCopyToClipboard', () => {
  it('shows copied for a while, then idle again, and toasts nothing unless asked', async () => {
    vi.useFakeTimers()
    try {
      const { result } = renderHook(() => useCopyToClipboard({ resetAfterMs: 1000 }), { wrapper })
      await act(() => result.current.copy('secret'))
      expect(result.current.state).toBe('copied')
      expect(writeText).toHaveBeenCalledWith('secret')
      expect(store.get()).toEqual([])
      act(() => vi.advanceTimersByTime(1000))
      expect(result.current.state).toBe('idle')
    } finally {
      vi.useRealTimers()
    }
  })

  it('on failure calls onFailure and stays failed', async () => {
    refuse()
    const onFailure = vi.fn<() => void>()
    const { result } = renderHook(() => useCopyToClipboard({ resetAfterMs: 1000, onFailure, toast: { copied: 'Copied', failed: 'Could not copy' } }), { wrapper })
    await act(() => result.current.copy('secret'))
    expect(result.current.state).toBe('failed')
    expect(onFailure).toHaveBeenCalledTimes(1)
    expect(store.get()).toEqual([expect.objectContaining({ tone: 'error', title: 'Could not copy' })])
  })
})
