import { Icon } from '../../../components/ui/icon'
import type { ReactNode } from 'react'
import { Button } from '../../../components/ui/button'
import { formatCount } from '../../../lib/intl'
import { AppLink } from '../../../components/ui/app-link'
import { searchedKeyId } from '../model/key-matches'
import { keyDetailPath } from '../model/key-path'

function Panel({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <div data-list-state className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-zinc-300 px-6 py-12 text-center dark:border-zinc-700">
      <div className="rounded-full bg-zinc-100 p-3 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">{icon}</div>
      <h2 className="text-base font-semibold">{title}</h2>
      {children}
    </div>
  )
}

export function EmptyState({ action }: { action?: ReactNode }) {
  return (
    <Panel icon={<Icon name="key-round" className="size-6" />} title="No API keys yet">
      <p className="max-w-sm text-sm text-zinc-600 dark:text-zinc-400">Create a key to let a service, a CI pipeline or a teammate call the Coval API.</p>
      {action}
    </Panel>
  )
}

export function NoMatchState({ search, onReset }: { search: string; onReset: () => void }) {
  // An ID pasted into the search (copied from a table's ID column, a log): the search reads names and
  // a key's last four characters, so it finds nothing; the key's page is a link away.
  const id = searchedKeyId(search)
  return (
    <Panel icon={<Icon name="search-x" className="size-6" />} title="No keys match these filters">
      {id === null ? (
        <p className="max-w-sm text-sm text-zinc-600 dark:text-zinc-400">Try another search, or clear the filters to see every key.</p>
      ) : (
        <p className="max-w-sm text-sm text-zinc-600 dark:text-zinc-400">
          The search finds keys by name or by the last four characters of the key, not by ID.{' '}
          <AppLink href={keyDetailPath(id)} className="font-medium break-all text-indigo-700 underline hover:no-underline dark:text-indigo-300">
            Open the key with ID {id}
          </AppLink>
        </p>
      )}
      <Button onClick={onReset}>Reset filters</Button>
    </Panel>
  )
}

/** A link to a later page than the list has (its keys removed since, or a page number typed): why is not known here. */
export function PastTheEnd({ page, onFirst }: { page: number; onFirst: () => void }) {
  return (
    <Panel icon={<Icon name="search-x" className="size-6" />} title={`Page ${formatCount(page)} is past the end of the list`}>
      <p className="max-w-sm text-sm text-zinc-600 dark:text-zinc-400">The list has fewer pages than that now, or had when this link was made.</p>
      <Button onClick={onFirst}>Go to the first page</Button>
    </Panel>
  )
}

/** A link to a page the server only repeats: its pages lead back to ones already read. */
export function PageRepeats({ page, onFirst }: { page: number; onFirst: () => void }) {
  return (
    <Panel icon={<Icon name="search-x" className="size-6" />} title={`Page ${formatCount(page)} only repeats earlier pages`}>
      <p className="max-w-sm text-sm text-zinc-600 dark:text-zinc-400">The server’s pages lead back to ones already read, a fault on its side, so there is no page {page} to show.</p>
      <Button onClick={onFirst}>Start again from the first page</Button>
    </Panel>
  )
}

/** Offline: the request waits for the connection instead of failing; say so instead of spinning. */
export function OfflineNotice({ hasData }: { hasData: boolean }) {
  return (
    <div role="status" className="flex items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      <Icon name="wifi-off" className="size-4 shrink-0" />
      {hasData ? 'You are offline. These are the keys loaded before; the list refreshes when the connection returns.' : 'You are offline. The keys load when the connection returns.'}
    </div>
  )
}
