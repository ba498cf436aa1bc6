import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { createAppServices } from './app-services'
import { nextTask } from '../lib/next-task'
import { primeFirstScreen } from './prime-first-screen'
import { startMode } from './start-mode'
import { installTestHooks } from './test-hooks'
import { applyTheme, storedTheme, watchSystemTheme } from './theme'

// Loaded by src/main.tsx once the static shell has painted.

applyTheme(storedTheme())
watchSystemTheme()
const root = createRoot(document.getElementById('root') as HTMLElement)
const boot = await startMode()
const services = createAppServices(boot)
installTestHooks(services.queryClient)
await primeFirstScreen(services, boot)
// The demo's server has started (its seed is made, its first answer cached): React's first render gets a task of its own.
await nextTask()
// A transition, so React renders the page in slices that leave the main thread free in between.
startTransition(() => {
  root.render(
    <StrictMode>
      <App boot={boot} services={services} />
    </StrictMode>,
  )
})
