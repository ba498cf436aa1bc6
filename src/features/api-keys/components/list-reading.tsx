import { ProgressLine } from './progress-line'
import { formatCount } from '../../../lib/intl'

/** The browser reading every key for a view the server cannot answer: how far, and a way to stop. */
export function ReadingProgress({ read, expected, onCancel }: { read: number; expected: number; onCancel: () => void }) {
  const text = expected > 0 ? `Reading keys… ${formatCount(read)} of ${formatCount(expected)}` : 'Reading keys…'
  return <ProgressLine label="Keys read" text={text} phase={expected > 0 ? 'counted' : 'starting'} value={read} max={expected} onCancel={onCancel} />
}
