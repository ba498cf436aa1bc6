// Tests only: the toaster drawn with a fresh store for each test, under fake timers. Imported, it
// registers its hooks in the importing test file; `store` is that test's store (a live binding).
import { render, screen, within } from '@testing-library/react'
import { createToastStore, ToastStoreContext, type ToastStore } from './toast-store'
import { Toaster, preloadToastCard } from './toaster'

// The card loads on demand; loaded first, it renders at once, as after the page's idle preload.
beforeAll(() => preloadToastCard())

export let store: ToastStore
beforeEach(() => {
  vi.useFakeTimers()
  store = createToastStore()
})

afterEach(() => {
  vi.useRealTimers()
})

export const news = () => within(screen.getByRole('status'))
export const AUTO_DISMISS_MS = 6000

// Fake timers: the 6 s an unused toast stays is driven, not waited for.
export const setup = () =>
  render(
    <ToastStoreContext value={store}>
      <Toaster />
    </ToastStoreContext>,
  )

// With a button before the toasts, where focus comes from into them.
export const setupAfterButton = () =>
  render(
    <ToastStoreContext value={store}>
      <button type="button">Before</button>
      <Toaster />
    </ToastStoreContext>,
  )
