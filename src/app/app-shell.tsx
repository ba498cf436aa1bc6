import { Icon } from '../components/ui/icon'
import { useEffect, useState } from 'react'
import { AppLink } from '../components/ui/app-link'
import { Button } from '../components/ui/button'
import { LazyBoundary, lazyPart, lazyWithRetry } from '../components/ui/lazy-boundary'
import { preloadWhenIdle } from '../components/ui/deferred-menu'
import { ApiKeysPage } from '../features/api-keys/components/api-keys-page'
import { KeyDialogsProvider } from '../features/api-keys/components/key-dialogs/key-dialogs-provider'
import { pageTitle, useDocumentTitle } from '../hooks/use-document-title'
import { usePathname } from '../hooks/use-location-search'
import { usePageFocus } from '../hooks/use-page-focus'
import { AuditTitle } from '../features/api-keys/components/audit/audit-title'
import { isKeysPagePath, keyIdFromPath } from '../features/api-keys/model/key-path'
import { AppHeader } from './app-header'
import { hostOf } from './connection/connection'
import type { Boot } from './start-mode'
import { useAppMode } from './use-app-mode'
import { useUnsentChangesGuard } from './use-unsent-changes-guard'

const ConnectDialog = lazyPart(() => import('./connection/connect-dialog'), (m) => m.ConnectDialog, 'the Connect dialog', { dismiss: (props) => () => props.onOpenChange(false) })
// Off the keys page's first screen: the audit loads when someone goes there, or at once (beside
// the rest of the start) when the address names it.
const AuditPage = lazyWithRetry(() => import('../features/api-keys/components/audit/audit-page'), (m) => m.AuditPage)
if (window.location.pathname === '/audit') AuditPage.preload()
const KeyDetailPage = lazyWithRetry(() => import('../features/api-keys/components/key-detail/key-detail-page'), (m) => m.KeyDetailPage)
if (keyIdFromPath(window.location.pathname) !== null) KeyDetailPage.preload()

const PRELOAD_PAGES_AFTER_MS = 2000

/** A page the shell draws or wraps: its title in the tab, and the focus on arrival (as the keys' pages do themselves). */
function PageArrival({ title, heading }: { title: string; heading: string }) {
  useDocumentTitle(title)
  usePageFocus(heading, title)
  return null
}

const AUDIT_TITLE = pageTitle('Audit')

/** While the audit's code loads: its title and intro already, where the page puts them. */
function AuditLoading() {
  return (
    <div className="space-y-3">
      <PageArrival title={AUDIT_TITLE} heading="audit-heading" />
      <AuditTitle />
      <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
        Loading the audit…
      </p>
    </div>
  )
}

/** The page a path names, within a mode that can show keys. */
function Page({ path, serverKey, serverName }: { path: string; serverKey: string; serverName: string }) {
  if (path === '/audit') {
    return (
      <LazyBoundary what="the audit page" fallback={<AuditLoading />}>
        <AuditPage key={serverKey} serverName={serverName} />
        <PageArrival title={AUDIT_TITLE} heading="audit-heading" />
      </LazyBoundary>
    )
  }
  if (isKeysPagePath(path)) return <ApiKeysPage key={serverKey} />
  const keyId = keyIdFromPath(path)
  if (keyId !== null) {
    return (
      <LazyBoundary
        what="the key’s page"
        fallback={
          <>
            {/* No heading yet: the main region takes the focus, and the key's page then its heading. */}
            <PageArrival title={pageTitle(`Key ${keyId}`, 'API keys')} heading="main" />
            <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
              Loading the key…
            </p>
          </>
        }
      >
        <KeyDetailPage key={`${serverKey} ${keyId}`} id={keyId} serverName={serverName} />
      </LazyBoundary>
    )
  }
  return (
    <section aria-labelledby="not-found" className="mx-auto flex max-w-md flex-col items-center gap-3 py-16 text-center">
      <PageArrival title={pageTitle('Page not found')} heading="not-found" />
      <h1 id="not-found" tabIndex={-1} className="text-2xl font-semibold tracking-tight outline-none">
        Page not found
      </h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">There is no page at {path}.</p>
      <AppLink href="/" className="font-medium text-indigo-700 underline dark:text-indigo-300">
        Go to the API keys
      </AppLink>
    </section>
  )
}

/** The header with the mode, and the page: the keys, or what to do to see them. */
export function AppShell({ boot }: { boot: Boot }) {
  const modes = useAppMode(boot)
  useUnsentChangesGuard()
  // The other pages' code, once this one is up (the keys page's own parts are asked for first): a
  // page's code asked for offline failed, and its Retry could not mend it once back online (the
  // browser keeps the failed parts a page imports), so the key's page and the audit were lost to
  // a moment offline. Loaded ahead, they open offline too, as the demo does.
  useEffect(() => {
    // A moment after the start, not at it: on the audit, the key's page loaded while its figures were read.
    const later = setTimeout(() => {
      preloadWhenIdle(KeyDetailPage.preload)
      preloadWhenIdle(AuditPage.preload)
    }, PRELOAD_PAGES_AFTER_MS)
    return () => clearTimeout(later)
  }, [])
  const { mode } = modes
  const path = usePathname()
  const [connectOpen, setConnectOpen] = useState(false)
  // Disconnected (a rejected key, or the connected-only build's first visit): ask at once.
  const dialogOpen = connectOpen || (mode.kind === 'disconnected' && mode.reason !== undefined)
  const serverKey = mode.kind === 'connected' ? mode.connection.baseUrl : 'demo'
  return (
    // Here, not in the keys page: the header's command palette opens the create dialog too.
    <KeyDialogsProvider page={mode.kind === 'disconnected' ? null : `${serverKey} ${path}`}>
      <div className="min-h-dvh">
        <AppHeader modes={modes} path={path} onConnect={() => setConnectOpen(true)} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none sm:px-6">
          {mode.kind === 'disconnected' ? (
            <section aria-labelledby="not-connected" className="mx-auto flex max-w-md flex-col items-center gap-3 py-16 text-center">
              <PageArrival title={pageTitle('Not connected')} heading="not-connected" />
              <h1 id="not-connected" tabIndex={-1} className="text-2xl font-semibold tracking-tight outline-none">
                Not connected
              </h1>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">{mode.reason ?? 'Connect to the Coval API with an admin key to manage your organisation’s keys.'}</p>
              <Button variant="primary" onClick={() => setConnectOpen(true)}>
                <Icon name="plug-zap" className="size-4" />
                Connect to API
              </Button>
            </section>
          ) : (
            <Page
              path={path}
              serverKey={serverKey}
              serverName={mode.kind === 'connected' ? hostOf(mode.connection.baseUrl) : 'the demo’s built-in server (not real keys)'}
            />
          )}
        </main>
        {dialogOpen && (
          <ConnectDialog
            open
            reason={mode.kind === 'disconnected' ? mode.reason : undefined}
            initialBaseUrl={mode.kind === 'disconnected' ? mode.baseUrl : undefined}
            initialRemember={mode.kind === 'disconnected' ? mode.remember : undefined}
            onOpenChange={(open) => {
              setConnectOpen(open)
              if (!open && mode.kind === 'disconnected' && mode.reason) modes.disconnect()
            }}
            onConnect={(connection) => {
              modes.connect(connection)
              setConnectOpen(false)
            }}
          />
        )}
      </div>
    </KeyDialogsProvider>
  )
}
