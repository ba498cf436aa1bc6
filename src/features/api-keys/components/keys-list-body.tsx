import { useState } from 'react'
import type { ApiKey } from '../../../api/api-key-schema'
import { DataTablePagination } from '../../../components/data-table/data-table-pagination'
import { useDelayedFlag } from '../../../hooks/use-delayed-flag'
import type { KeysList } from '../api/use-keys-list'
import { countUnknown } from '../model/answer-faults'
import { PAGE_SIZES, type PageSize } from '../model/list-view'
import { ApiKeysTable, type KeysTable, type RowFocus } from './keys-table/api-keys-table'
import { TableSkeleton } from './keys-table/table-skeleton'
import { CreateApiKeyButton } from './create-key/create-api-key-button'
import { focusAfterReset } from './toolbar/search-input'
import { lazyPart } from '../../../components/ui/lazy-boundary'
import { useStepBackFromEmptiedPage } from '../hooks/use-step-back-from-emptied-page'
import { formatCount } from '../../../lib/intl'

// What shows only when there is no table to show loads then, off the first screen.
const states = () => import('./list-states')
const EmptyState = lazyPart(() => states(), (m) => m.EmptyState, 'the empty list’s message')
const NoMatchState = lazyPart(() => states(), (m) => m.NoMatchState, 'the no-match message')
const PastTheEnd = lazyPart(() => states(), (m) => m.PastTheEnd, 'the past-the-end message')
const PageRepeats = lazyPart(() => states(), (m) => m.PageRepeats, 'the repeated page’s message')
const ReadingStopped = lazyPart(() => import('./reading-stopped'), (m) => m.ReadingStopped, 'the stopped read’s controls')

/** Where the focus goes when the table goes with it: the last row's actions (the page before, after a step back), else the panel's button. */
export function listFocusTarget(region: HTMLElement): HTMLElement | null {
  return region.querySelector<HTMLElement>('tbody tr:last-child button[aria-label^="Actions"]') ?? region.querySelector<HTMLElement>('[data-list-state] button')
}

/** Skeleton, a stopped read, empty, no match, or the table with its pagination. */
export function KeysListBody({ keys, table, rows, rowFocus }: { keys: KeysList; table: KeysTable; rows: readonly ApiKey[]; rowFocus?: RowFocus }) {
  const { view, list } = keys
  // Rows kept after a failure are not dimmed: they stay until the person acts, and must read in full contrast.
  const dimmed = useDelayedFlag(list.loading)
  const steppingBack = useStepBackFromEmptiedPage(keys)
  const [firstRow, lastRow] = useShownRange(keys, rows.length)
  if (list.stopped) {
    const { read, expected, resume } = list.stopped
    return <ReadingStopped read={read} expected={expected} onResume={resume} onDefaultSort={view.sort ? () => keys.setFilters({ sort: null }) : undefined} />
  }
  if (steppingBack) return <TableSkeleton rows={Math.min(view.pageSize, 10)} />
  if (list.beyondEnd) return list.faults.loops ? <PageRepeats page={view.page} onFirst={keys.startAgain} /> : <PastTheEnd page={view.page} onFirst={keys.first} />
  if (list.pending) return list.error === null ? <TableSkeleton rows={Math.min(view.pageSize, 10)} /> : null
  if (rows.length === 0) {
    if (list.error !== null) return null
    if (!keys.filtered) return <EmptyState action={<CreateApiKeyButton variant="secondary" />} />
    // Its button goes with the filters: focus goes to the toolbar, not <body>.
    return (
      <NoMatchState
        search={view.search}
        onReset={() => {
          keys.reset()
          focusAfterReset()
        }}
      />
    )
  }
  const { total } = list
  // Written as the pager writes it ("1–20 of 3,000"): a screen reader reads the caption's numbers too.
  const range = `${formatCount(firstRow)}–${formatCount(lastRow)} of ${total === null ? (countUnknown(list.faults) ? 'an unknown number' : '…') : formatCount(total)}`
  // The rows are the previous view's (dimmed, past a moment): the caption, as the pager, does not give their count as this view's.
  const loading = dimmed ? (view.page > 1 ? `Loading page ${formatCount(view.page)}…` : 'Loading…') : undefined
  return (
    <>
      <ApiKeysTable table={table} busy={list.loading} dimmed={dimmed} caption={`API keys, ${loading === undefined ? range : loading.toLowerCase()}`} rowFocus={rowFocus} />
      <DataTablePagination
        pageSize={view.pageSize}
        pageSizes={PAGE_SIZES}
        onPageSizeChange={(size) => keys.setFilters({ pageSize: size as PageSize })}
        firstRow={firstRow}
        lastRow={lastRow}
        total={total}
        uncounted={countUnknown(list.faults) ? '(count unknown)' : undefined}
        // The range would name the next page over them.
        loading={loading}
        canFirst={view.page > 1}
        failed={list.kept ? { text: list.kept.pageTurn ? `Page ${formatCount(view.page)} did not load.` : 'These keys did not load.', onRetry: list.retry } : undefined}
        // After a failed page turn, Previous leads back to the page still shown.
        canPrevious={keys.canPrevious && (!list.placeholder || list.kept !== null)}
        canNext={list.canNext && !list.placeholder}
        onFirst={keys.first}
        onPrevious={keys.previous}
        onNext={keys.next}
      />
    </>
  )
}

/**
 * The rows shown, as first and last row numbers, numbered on from the rows the pages before showed
 * (41–57 then 58–77 when a server's repeats were left out). Rows kept after a failed page turn are
 * their own page's; while the next page loads, the rows still shown are the last page's that loaded,
 * so the range says theirs until *Loading page N…* takes its place (a range of the next page over
 * this page's rows would be read out before they came).
 */
function useShownRange({ view, list }: KeysList, count: number): [number, number] {
  const { page, pageSize, shownBefore } = list.kept ?? { page: view.page, pageSize: view.pageSize, shownBefore: list.shownBefore }
  const first = (shownBefore ?? (page - 1) * pageSize) + 1
  const [own, setOwn] = useState<readonly [number, number] | null>(null)
  const { loading } = list
  if (!loading && count > 0 && (own?.[0] !== first || own[1] !== first + count - 1)) setOwn([first, first + count - 1])
  return loading && own !== null ? [own[0], own[1]] : [first, first + count - 1]
}
