import { Button } from '../../../components/ui/button'
import { formatCount } from '../../../lib/intl'

export interface ReadingStoppedProps {
  read: number
  expected: number
  onResume: () => void
  /** When the view has a sort of its own: back to newest first. The sort's headers went with the table, and Reset filters keeps the sort. */
  onDefaultSort?: () => void
}

/** A read stopped before the end: nothing partial is shown as the answer. */
export function ReadingStopped({ read, expected, onResume, onDefaultSort }: ReadingStoppedProps) {
  return (
    // A list state (keys-list-body.tsx): the focus that fell with Cancel goes to Read again.
    <div data-list-state className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-zinc-300 px-6 py-10 text-center dark:border-zinc-700">
      <h2 className="text-base font-semibold">Reading stopped</h2>
      <p role="status" className="max-w-md text-sm text-zinc-600 dark:text-zinc-400">
        {expected > 0 ? `Stopped after ${formatCount(read)} of ${formatCount(expected)} keys.` : 'Stopped before the first keys arrived.'} This view needs every key
        read here before it can show a right answer.
      </p>
      <div className="flex flex-wrap justify-center gap-2">
        <Button onClick={onResume}>Read again</Button>
        {onDefaultSort && (
          <Button variant="ghost" onClick={onDefaultSort}>
            Sort newest first
          </Button>
        )}
      </div>
    </div>
  )
}
