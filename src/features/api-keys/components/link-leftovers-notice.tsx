import { useEffect, useRef } from 'react'
import { Icon } from '../../../components/ui/icon'
import { linkLeftovers } from '../model/link-leftovers'
import type { ListView } from '../model/list-view'

interface LinkLeftoversNoticeProps {
  /** The address's search as the link wrote it. */
  asked: string
  view: ListView
  /** Rewrites the address to the view shown (called once). */
  onTidy: () => void
  onDismiss: () => void
}

/**
 * A link that asked for values the list does not know (`env=PROD`, `sort=last_used.desc`): says
 * which were left out, where they had been dropped without a word and the view widened to every
 * key, and rewrites the address to the view shown, so a reload or a copy of it is what the screen shows.
 */
export function LinkLeftoversNotice({ asked, view, onTidy, onDismiss }: LinkLeftoversNoticeProps) {
  const leftovers = linkLeftovers(asked, view)
  const tidy = useRef(onTidy)
  useEffect(() => tidy.current(), [])
  return <LinkNote leftovers={leftovers} what="the list" onDismiss={onDismiss} />
}

/** The note on a link's values left out (none: nothing shown); the audit's too. `what`: "the list", "the audit". */
export function LinkNote({ leftovers, what, onDismiss }: { leftovers: readonly string[]; what: string; onDismiss: () => void }) {
  if (leftovers.length === 0) return null
  return (
    <div className="flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      <Icon name="triangle-alert" className="mt-0.5 size-4 shrink-0" />
      <p role="status" className="min-w-0 flex-1 [overflow-wrap:anywhere]">
        Part of this link was not understood, and {what} is shown without it: {leftovers.join(', ')}.
      </p>
      <button
        type="button"
        aria-label="Dismiss the note on this link"
        onClick={onDismiss}
        className="-my-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded hover:bg-amber-100 pointer-coarse:-my-2.5 pointer-coarse:size-10 dark:hover:bg-amber-900"
      >
        <Icon name="x" className="size-4" />
      </button>
    </div>
  )
}
