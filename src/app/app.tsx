import { Toaster } from '../components/ui/toaster'
import { AppShell } from './app-shell'
import { AppServicesProvider, type AppServices } from './app-services'
import type { Boot } from './start-mode'

/** The app over its services (created by the caller: boot.tsx, or a test's renderApp). */
export function App({ boot, services }: { boot: Boot; services: AppServices }) {
  return (
    <AppServicesProvider services={services}>
      <AppShell boot={boot} />
      <Toaster />
    </AppServicesProvider>
  )
}
