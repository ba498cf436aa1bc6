import { browserNote } from '../model/browser-note'
import type { BrowserReason } from '../model/list-plan'
import { Icon } from '../../../components/ui/icon'
import { Button } from '../../../components/ui/button'
import { formatCount } from '../../../lib/intl'

/** The browser reading every key for a view the server cannot answer: how far, and a way to stop. */
export function ReadingProgress({ read, expected, onCancel }: { read: number; expected: number; onCancel: () => void }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
      <Icon name="loader-circle" className="size-4 shrink-0 animate-spin motion-reduce:animate-none" />
      <p role="status" className="tabular-nums">
        {expected > 0 ? `Reading keys… ${formatCount(read)} of ${formatCount(expected)}` : 'Reading keys…'}
      </p>
      <progress value={read} max={Math.max(expected, 1)} aria-label="Keys read" className="h-1.5 min-w-24 flex-1 accent-indigo-600 dark:accent-indigo-400" />
      <Button size="sm" variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  )
}

/** A calm word on why the browser filters or sorts instead of the server. */
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
