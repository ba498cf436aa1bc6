import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { startMode } from './start-mode'
import { applyTheme, storedTheme, watchSystemTheme } from './theme'

// Loaded by src/main.tsx once the static shell has painted.

applyTheme(storedTheme())
watchSystemTheme()
const root = createRoot(document.getElementById('root') as HTMLElement)
const boot = await startMode()
root.render(
  <StrictMode>
    <App boot={boot} />
  </StrictMode>,
)
