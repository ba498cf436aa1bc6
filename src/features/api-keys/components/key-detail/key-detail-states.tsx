import { Icon } from '../../../../components/ui/icon'
import { AppLink } from '../../../../components/ui/app-link'
import type { ReadProgress } from '../../api/read-whole-view'
import { formatCount } from '../../../../lib/intl'
import { showHiddenCharacters } from '../../../../lib/hidden-characters'

/** An ID from the link, as a name is shown: hidden characters marked, isolated, so none reorders the sentence round it. */
export function LinkedId({ id, className }: { id: string; className?: string }) {
  return (
    <code className={className}>
      <bdi>{showHiddenCharacters(id)}</bdi>
    </code>
  )
}

/** Looking for the key: through the list, which may mean reading every key in the browser. */
export function FindingKey({ id, progress }: { id: string; progress: ReadProgress | null }) {
  const counted = progress !== null && progress.expected !== null && progress.expected > 0
  return (
    <div className="space-y-3" aria-busy>
      <h1 id="key-detail-heading" tabIndex={-1} className="text-2xl font-semibold tracking-tight outline-none">
        Key <LinkedId id={id} className="font-mono text-lg [overflow-wrap:anywhere]" />
      </h1>
      <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
        {counted ? `Looking for the key… ${formatCount(progress.read)} of ${formatCount(progress.expected ?? 0)} keys read` : 'Looking for the key…'}
      </p>
      <div aria-hidden className="h-40 animate-pulse rounded-lg bg-zinc-100 motion-reduce:animate-none dark:bg-zinc-900" />
    </div>
  )
}

/** No key has this id: never existed, deleted, or a mistyped link. */
export function KeyNotFound({ id, serverName }: { id: string; serverName: string }) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-zinc-300 px-6 py-12 text-center dark:border-zinc-700">
      <Icon name="search-x" className="size-8 text-zinc-500" />
      <h1 id="key-detail-heading" tabIndex={-1} className="text-xl font-semibold outline-none">
        Key not found
      </h1>
      <p className="max-w-md text-sm text-zinc-600 dark:text-zinc-400">
        No key with the ID <LinkedId id={id} className="font-mono [overflow-wrap:anywhere]" /> exists on {serverName}. It may have been deleted, or the link may be
        mistyped.
      </p>
      <AppLink href="/" className="font-medium text-indigo-700 underline dark:text-indigo-300">
        Go to the API keys
      </AppLink>
    </div>
  )
}
