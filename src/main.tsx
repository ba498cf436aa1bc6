import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { startMode } from './app/start-mode'
import { applyTheme, storedTheme, watchSystemTheme } from './app/theme'
import './index.css'

applyTheme(storedTheme())
watchSystemTheme()
const root = createRoot(document.getElementById('root') as HTMLElement)
const boot = await startMode()
root.render(
  <StrictMode>
    <App boot={boot} />
  </StrictMode>,
)
