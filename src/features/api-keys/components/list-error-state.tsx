import { formatCount } from '../../../lib/intl'
import type { ShownList } from '../api/use-kept-through-failure'
import { QueryErrorState } from './query-error-state'

/** What is on screen under a failed read of the list (its words are here, loaded with the alert, not with the first screen). */
export type RowsBelow = Pick<ShownList, 'kept' | 'failedAfter'> & { readonly hasRows: boolean }

type Props = Omit<Parameters<typeof QueryErrorState>[0], 'note'> & { rowsBelow: RowsBelow }

/** The list's failed read, with what the rows under it are. */
export function ListErrorState({ rowsBelow, ...props }: Props) {
  return <QueryErrorState {...props} note={failureNote(rowsBelow)} />
}

/** What the rows under a failure are: an earlier view's, kept (a page turn's page named), or this view's last answer. */
function failureNote({ kept, failedAfter, hasRows }: RowsBelow): string | undefined {
  // The browser's read, as an export says it: how far it got before the server failed it.
  const read = failedAfter && `Stopped after ${formatCount(failedAfter.read)} of ${formatCount(failedAfter.expected)} keys read; Retry reads them again.`
  const rows = kept
    ? kept.pageTurn ? `The keys below are still page ${formatCount(kept.page)}’s.` : 'The keys below are the ones shown before this change.'
    : hasRows ? 'The keys below are from the last answer the server gave, and may be out of date.' : null
  return [rows, read].filter(Boolean).join(' ') || undefined
}
