import { useState } from 'react'
import { Toaster } from '../components/ui/toaster'
import { AppShell } from './app-shell'
import { AppServicesProvider, createAppServices } from './app-services'
import type { Boot } from './start-mode'
import { installTestHooks } from './test-hooks'

export function App({ boot }: { boot: Boot }) {
  const [services] = useState(() => {
    const created = createAppServices(boot)
    installTestHooks(created.queryClient)
    return created
  })
  return (
    <AppServicesProvider services={services}>
      <AppShell boot={boot} />
      <Toaster />
    </AppServicesProvider>
  )
}
