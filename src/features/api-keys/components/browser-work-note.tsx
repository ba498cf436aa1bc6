import { browserNote } from '../model/browser-note'
import type { BrowserReason } from '../model/list-plan'
import { Icon } from '../../../components/ui/icon'

/**
 * A calm word on why the browser filters or sorts instead of the server. Part of the list's own
 * code, not loaded when first shown: every search is answered in the browser, and a note that
 * arrived a moment after the search's rows moved the table down a second time.
 */
export function BrowserWorkNote({ reasons }: { reasons: readonly BrowserReason[] }) {
  const text = browserNote(reasons)
  if (text === null) return null
  return (
    <p className="flex items-start gap-1.5 text-xs text-zinc-600 dark:text-zinc-400">
      <Icon name="info" className="mt-px size-3.5 shrink-0" />
      {text}
    </p>
  )
}
