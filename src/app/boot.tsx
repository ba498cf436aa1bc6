import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { nextTask } from '../lib/next-task'
import { startMode } from './start-mode'
import { applyTheme, storedTheme, watchSystemTheme } from './theme'

// Loaded by src/main.tsx once the static shell has painted.

applyTheme(storedTheme())
watchSystemTheme()
const root = createRoot(document.getElementById('root') as HTMLElement)
const boot = await startMode()
// The demo's server has started (its seed is made): React's first render gets a task of its own.
await nextTask()
// A transition, so React renders the page in slices that leave the main thread free in between.
startTransition(() => {
  root.render(
    <StrictMode>
      <App boot={boot} />
    </StrictMode>,
  )
})
