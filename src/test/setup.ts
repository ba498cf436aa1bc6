import '@testing-library/jest-dom/vitest'
import { configure } from '@testing-library/react'

// findBy/waitFor wait on state, not time; the default 1 s is too short for a lazily loaded
// dialog on a busy, shared 2-core machine. A passing test is no slower for it.
configure({ asyncUtilTimeout: 15_000 })

// jsdom lays nothing out and has no ResizeObserver; the toaster and Radix observe sizes with it.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
}

// Nor does it scroll: the dialogs and lists that bring something into view call this (in the dom project only).
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= () => undefined
