import { PlugZap } from 'lucide-react'
import { Suspense, lazy, useState } from 'react'
import { Button } from '../components/ui/button'
import { ApiKeysPage } from '../features/api-keys/components/api-keys-page'
import { AppHeader } from './app-header'
import type { Boot } from './start-mode'
import { useAppMode } from './use-app-mode'

const ConnectDialog = lazy(() => import('./connection/connect-dialog').then((m) => ({ default: m.ConnectDialog })))

/** The header with the mode, and the page: the keys, or what to do to see them. */
export function AppShell({ boot }: { boot: Boot }) {
  const modes = useAppMode(boot)
  const { mode } = modes
  const [connectOpen, setConnectOpen] = useState(false)
  // Disconnected (a rejected key, or the connected-only build's first visit): ask at once.
  const dialogOpen = connectOpen || (mode.kind === 'disconnected' && mode.reason !== undefined)
  return (
    <div className="min-h-dvh">
      <AppHeader modes={modes} onConnect={() => setConnectOpen(true)} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none sm:px-6">
        {mode.kind === 'disconnected' ? (
          <section aria-labelledby="not-connected" className="mx-auto flex max-w-md flex-col items-center gap-3 py-16 text-center">
            <h1 id="not-connected" className="text-2xl font-semibold tracking-tight">
              Not connected
            </h1>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{mode.reason ?? 'Connect to the Coval API with an admin key to manage your organisation’s keys.'}</p>
            <Button variant="primary" onClick={() => setConnectOpen(true)}>
              <PlugZap aria-hidden className="size-4" />
              Connect to API
            </Button>
          </section>
        ) : (
          <ApiKeysPage key={mode.kind === 'connected' ? mode.connection.baseUrl : 'demo'} />
        )}
      </main>
      {dialogOpen && (
        <Suspense fallback={null}>
          <ConnectDialog
            open
            reason={mode.kind === 'disconnected' ? mode.reason : undefined}
            initialBaseUrl={mode.kind === 'disconnected' ? mode.baseUrl : undefined}
            onOpenChange={(open) => {
              setConnectOpen(open)
              if (!open && mode.kind === 'disconnected' && mode.reason) modes.disconnect()
            }}
            onConnect={(connection) => {
              modes.connect(connection)
              setConnectOpen(false)
            }}
          />
        </Suspense>
      )}
    </div>
  )
}
