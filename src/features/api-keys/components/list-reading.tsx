import { browserNote } from '../model/browser-note'
import type { BrowserReason } from '../model/list-plan'
import { Icon } from '../../../components/ui/icon'
import { ProgressLine } from './progress-line'
import { formatCount } from '../../../lib/intl'

/** The browser reading every key for a view the server cannot answer: how far, and a way to stop. */
export function ReadingProgress({ read, expected, onCancel }: { read: number; expected: number; onCancel: () => void }) {
  const text = expected > 0 ? `Reading keys… ${formatCount(read)} of ${formatCount(expected)}` : 'Reading keys…'
  return <ProgressLine label="Keys read" text={text} phase={expected > 0 ? 'counted' : 'starting'} value={read} max={expected} onCancel={onCancel} />
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
