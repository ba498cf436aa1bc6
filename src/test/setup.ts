import '@testing-library/jest-dom/vitest'
import { configure } from '@testing-library/react'

// findBy/waitFor wait on state, not time; the default 1 s is too short for a lazily loaded
// dialog on a busy, shared 2-core machine. A passing test is no slower for it.
configure({ asyncUtilTimeout: 15_000 })
