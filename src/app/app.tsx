import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { Toaster } from '../components/ui/toaster'
import { AppShell } from './app-shell'
import { createQueryClient } from './query-client'
import type { Boot } from './start-mode'
import { installTestHooks } from './test-hooks'

export function App({ boot }: { boot: Boot }) {
  const [queryClient] = useState(() => {
    const client = createQueryClient()
    installTestHooks(client)
    return client
  })
  return (
    <QueryClientProvider client={queryClient}>
      <AppShell boot={boot} />
      <Toaster />
    </QueryClientProvider>
  )
}
