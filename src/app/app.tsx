import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { ApiKeysPage } from '../features/api-keys/components/api-keys-page'
import { Toaster } from '../components/ui/toaster'
import { AppHeader } from './app-header'
import { createQueryClient } from './query-client'
import { installTestHooks } from './test-hooks'
import type { AppMode } from './start-mode'

export function App({ mode }: { mode: AppMode }) {
  const [queryClient] = useState(() => {
    const client = createQueryClient(mode.kind === 'demo' ? 'always' : 'online')
    installTestHooks(client)
    return client
  })
  const resetDemo =
    mode.kind === 'demo'
      ? () => {
          mode.reset()
          void queryClient.resetQueries()
        }
      : undefined
  return (
    <QueryClientProvider client={queryClient}>
      <div className="min-h-dvh">
        <AppHeader mode={mode} onResetDemo={resetDemo} />
        <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
          <ApiKeysPage />
        </main>
        <Toaster />
      </div>
    </QueryClientProvider>
  )
}
