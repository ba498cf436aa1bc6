import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ApiKey } from '../../../api/api-key-schema'
import { DataTableViewOptions, loadViewOptionsMenu } from '../../../components/data-table/data-table-view-options'
import { preloadWhenIdle } from '../../../components/ui/deferred-menu'
import { lazyPart } from '../../../components/ui/lazy-boundary'
import { useDelayedFlag } from '../../../hooks/use-delayed-flag'
import { useColumnVisibility } from '../hooks/use-column-visibility'
import { useRowShortcuts } from '../hooks/use-row-shortcuts'
import { useListAnnouncements } from '../hooks/use-list-announcements'
import { useListRetry } from '../hooks/use-list-retry'
import type { KeysList } from '../api/use-keys-list'
import { useOnline } from '../../../hooks/use-online'
import { keysText } from '../model/labels'
import { countUnknown, hasFaults } from '../model/answer-faults'
import { sameView, viewStatuses, type SortField } from '../model/list-view'
import type { Selection } from '../model/range-selection'
import { BulkActionsBar, preloadBulkActions } from './actions/bulk-actions-bar'
import { useKeyActionFlow } from './actions/use-key-action-flow'
import { loadRunKeyAction, loadUndo } from './actions/use-run-key-action'
import { useBulkAllMatching } from './actions/use-bulk-all-matching'
import { useKeysTable } from './keys-table/api-keys-table'
import { keysColumnDefaults } from './keys-table/columns'
import { loadRowActionsMenu } from './keys-table/row-actions-cell'
import { loadCreateApiKeyDialog } from './create-key/create-key-dialog-host'
import type { RowAction } from './keys-table/row-actions-cell'
import { LazyRotateKeyDialog, loadRotateKeyDialog } from './rotate-key/rotate-key-entry'
import { ExportButton } from './export/export-button'
import { KeysListBody, listFocusTarget } from './keys-list-body'
import { LinkLeftovers } from './link-leftovers'
import { BrowserWorkNote } from './browser-work-note'
import { useFocusOutlivesTable } from '../../../hooks/use-focus-outlives-table'
import { useFocusOffReusedRows } from '../../../hooks/use-focus-off-reused-rows'
import { RefreshIndicator } from './refresh-indicator'
import { ShortcutsHelpButton } from './shortcuts/shortcuts-help-button'
import { filterColumns } from './toolbar/column-filters'
import { KeysToolbar } from './toolbar/keys-toolbar'
import { preloadFiltersSheet } from './toolbar/filters-button'

const loadActionDialog = () => import('./actions/action-dialog')
const AnswerFaultsNotice = lazyPart(() => import('./answer-faults-notice'), (m) => m.AnswerFaultsNotice, 'what the server got wrong')
// A failed read's alert: loaded when a read fails (a first screen that works never shows it), or once the rows are up.
const ListErrorState = lazyPart(() => import('./list-error-state'), (m) => m.ListErrorState, 'the error message')
const OfflineNotice = lazyPart(() => import('./list-states'), (m) => m.OfflineNotice, 'the offline notice')
const ActionDialog = lazyPart(() => loadActionDialog(), (m) => m.ActionDialog, 'the action’s dialog', { dismiss: (props) => props.onCancel })
/** Settles once the dialog is loaded, so a test's first action need not wait on a suspended render. */
export const preloadActionDialog = ActionDialog.preload
// The progress of a browser's read of every key, or a note on keys sent without an id: loaded when one shows.
const ReadingProgress = lazyPart(() => import('./list-reading'), (m) => m.ReadingProgress, 'the reading’s progress')
/** Settles once a browser's read can show its progress: a view read in the browser shows it on its first render. */
export const preloadListReading = ReadingProgress.preload
const RowsWithoutIdNotice = lazyPart(() => import('./rows-without-id-notice'), (m) => m.RowsWithoutIdNotice, 'the note on keys sent without an ID')
const BulkAllPanel = lazyPart(() => import('./actions/bulk-all-panel'), (m) => m.BulkAllPanel, 'the progress of the action on every matching key')
const DEFAULT_SORT = { id: 'create_time', desc: true }
const headingOfPage = () => document.getElementById('api-keys-heading')
const READING_SHOWN_AFTER_MS = 400

export function KeysListView({ keys }: { keys: KeysList }) {
  const { view, list, now } = keys
  const online = useOnline()
  // A read over in a moment (a first search's few pages) shows no progress: it moved the table down and back up.
  const readingShown = useDelayedFlag(list.reading !== null, READING_SHOWN_AFTER_MS)
  const [columnVisibility, setColumnVisibility] = useColumnVisibility(keysColumnDefaults)
  const [selection, setSelection] = useState<{ view: typeof view; rows: Selection; all?: boolean }>({ view, rows: {} })
  // The view whose own rows are on screen (as useKeptThroughFailure keeps them): while an earlier
  // view's rows stand in for one that failed, their order and a selection among them are theirs.
  const [rowsView, setRowsView] = useState(view)
  if (list.own && rowsView !== view) {
    setRowsView(view)
    // The same view again (Previous, back from a failed Next, to the page still shown): its selection too.
    if (selection.view === rowsView && sameView(rowsView, view)) setSelection({ ...selection, view })
  }
  const shownView = list.kept === null ? view : rowsView
  // Selection belongs to one view: it clears when the filters or the page change.
  const rowSelection = useMemo(() => (selection.view === shownView ? selection.rows : {}), [selection, shownView])
  // All matching is the current view's filters, never the filters of rows standing in.
  const allMatching = selection.view === view && selection.all === true
  const clearSelection = useCallback(() => setSelection({ view: shownView, rows: {} }), [shownView])
  const bulkAll = useBulkAllMatching(view, clearSelection)
  const selectOnly = useCallback((failed: ApiKey[]) => setSelection({ view: shownView, rows: Object.fromEntries(failed.map((k) => [k.id, true])) }), [shownView])
  const { rows } = list
  const flow = useKeyActionFlow({ onBulkDone: selectOnly })
  const { requestAction } = flow
  const [rotating, setRotating] = useState<ApiKey | null>(null)
  const onRowAction = useCallback((action: RowAction, key: ApiKey) => (action === 'rotate' ? setRotating(key) : requestAction(action, [key])), [requestAction])
  const [helpOpen, setHelpOpen] = useState(false)
  const rowIds = useMemo(() => rows.map((key) => key.id), [rows])
  const shortcuts = useRowShortcuts({ ids: rowIds, selection: rowSelection, setSelection: (next) => setSelection({ view: shownView, rows: next }), onHelp: () => setHelpOpen(true) })
  const rowFocus = useMemo(() => ({ focusedId: shortcuts.focusedId, onRowFocus: shortcuts.setFocusedId }), [shortcuts.focusedId, shortcuts.setFocusedId])
  // The whole list, its bulk bar included: a bulk delete's focus is in the bar as the last rows go.
  const focusRegion = useFocusOutlivesTable<HTMLDivElement>(listFocusTarget)
  useFocusOffReusedRows(focusRegion, 'api-keys-heading')

  const table = useKeysTable({
    keys: rows,
    // The order of the rows shown: after a failed sort, the rows and their headers still say the one before.
    sort: shownView.sort ? { id: shownView.sort.field, desc: shownView.sort.desc } : DEFAULT_SORT,
    onSortChange: (sort) => keys.setFilters({ sort: { field: sort.id as SortField, desc: sort.desc } }),
    selection: rowSelection,
    onSelectionChange: (next) => setSelection({ view: shownView, rows: next }),
    columnVisibility,
    onColumnVisibilityChange: setColumnVisibility,
    now,
    onAction: onRowAction,
    onSelectRow: shortcuts.selectRow,
  })
  const selected = rows.filter((key) => rowSelection[key.id])

  const hasRows = rows.length > 0
  const announcements = useListAnnouncements(view.sort, !list.pending && !list.placeholder && list.error === null)
  // A page turn or a new filter leaves a selection behind (it holds one view's keys): said once the
  // new view's rows are up, as Clear selection says it. A failed turn keeps it, and says nothing.
  const leftBehind = list.own && selection.view !== shownView && Object.values(selection.rows).some(Boolean)
  const { say } = announcements
  useEffect(() => {
    if (leftBehind) say('Selection cleared.')
  }, [leftBehind, say])
  const noMatch = !hasRows && keys.filtered && !list.pending && !list.placeholder && list.error === null && list.total === 0
  useEffect(() => {
    // What the first screen does not need loads once it is up, before anyone reaches for it.
    if (!hasRows) return
    // The page's main action: its code is asked for at once (fetched and compiled off the main
    // thread), so Create opens without waiting for it even when clicked as the rows appear. (Asked
    // for after the rows' paint instead, a click at once waited for it: Create's first open 159 ms, not 78.)
    void loadCreateApiKeyDialog()
    // The bulk bar's actions too: ticked before they came, the bar grew a line as they did, and the rows moved under the pointer.
    void preloadBulkActions()
    // The offline notice too: it is needed once the network is gone, when it can no longer be fetched.
    const later = [loadRowActionsMenu, loadViewOptionsMenu, loadActionDialog, loadUndo, loadRunKeyAction, loadRotateKeyDialog, preloadFiltersSheet, preloadListReading, ListErrorState.preload, OfflineNotice.preload]
    for (const load of later) preloadWhenIdle(load)
  }, [hasRows])

  const retry = useListRetry(view, list, { kept: list.kept, failedAfter: list.failedAfter, hasRows }, announcements)
  // Rows kept after a failed change are not loading: the error says what happened, and Retry is beside it.
  // Nor while that Retry runs: its button says so, and a line added above the rows would move them.
  const refreshing = useDelayedFlag((list.refreshing || (list.loading && !list.pending)) && !retry.retrying)

  const { total } = list
  // An earlier view's rows standing in while this one is read: past a moment, its count is not claimed for this view.
  const countStale = useDelayedFlag(list.placeholder)
  const counted = total === null || countStale ? null : keysText(total)
  return (
    <div ref={focusRegion} className="space-y-3">
      <KeysToolbar
        view={view}
        applied={keys.applied}
        filters={filterColumns(table.getAllLeafColumns())}
        onSearch={keys.setSearch}
        onChange={keys.setFilters}
        onIntent={keys.prefetchFilters}
        onSearchIntent={keys.prefetchSearch}
        onReset={keys.reset}
        onExpression={keys.setExpression}
        tools={<DataTableViewOptions table={table} />}
        // The sheet's button promises what closing it shows: no count while an earlier view's rows stand in, or after a failure.
        total={list.pending || list.placeholder || list.error !== null ? null : list.total}
        reading={readingShown ? list.reading : null}
      />
      {/* The count and the table's tools share one row under the filters, at every width. */}
      <div className="flex min-h-8 flex-wrap items-center gap-3 text-sm text-zinc-600 dark:text-zinc-400">
        {/* Not while a Retry runs: its rows are still the earlier page's, whose count is not this view's. */}
        {!list.pending && list.kept === null && !retry.retrying && (
          <span>
            {counted ?? (countUnknown(list.faults) ? 'Count unknown' : 'Counting…')}
            {counted !== null && keys.filtered ? (total === 1 ? ' matches' : ' match') : ''}
          </span>
        )}
        {/* Always there, so a search that finds nothing is heard (the pager's live count goes with the rows),
            and a new order or a cleared selection. Worded apart from the no-match panel's heading, so a
            search for that text finds the heading alone. */}
        <span role="status" className="sr-only">
          {noMatch ? 'The search and filters find no keys.' : announcements.message}
        </span>
        <RefreshIndicator active={refreshing} />
        <div className="ml-auto flex items-center gap-2 text-zinc-900 dark:text-zinc-100">
          <ExportButton view={keys.applied} count={list.placeholder ? null : list.total} selection={allMatching ? undefined : selected} answersRequests />
          <ShortcutsHelpButton open={helpOpen} onOpenChange={setHelpOpen} />
        </div>
      </div>
      {keys.browserReasons && <BrowserWorkNote reasons={keys.browserReasons} />}
      {!online && list.paused && (
        <OfflineNotice hasData={hasRows} />
      )}
      <LinkLeftovers address={keys.address} view={view} onTidy={keys.tidyAddress} />
      {list.rowsWithoutId > 0 && <RowsWithoutIdNotice count={list.rowsWithoutId} />}
      {hasFaults(list.faults) && <AnswerFaultsNotice faults={list.faults} onStartAgain={keys.startAgain} />}
      {retry.error !== null && (
        // A refresh that failed leaves the rows of the last answer: say so, not only that the keys did not load.
        <ListErrorState
          error={retry.error}
          retrying={retry.retrying}
          onRetry={retry.retry}
          rowsBelow={retry.note}
          // A Retry that worked takes the alert away: the focus waits on the page's heading, as after a key page's Retry.
          focusWhenGone={headingOfPage}
        />
      )}
      {list.reading && readingShown && <ReadingProgress read={list.reading.read} expected={list.reading.expected} onCancel={list.reading.cancel} />}
      <BulkActionsBar
        selected={selected}
        onAction={flow.requestAction}
        onClear={() => {
          clearSelection()
          announcements.say('Selection cleared.')
        }}
        matching={{
          total: list.total,
          pageRows: rows.length,
          all: allMatching,
          onSelectAll: () => setSelection({ view, rows: rowSelection, all: true }),
          onAction: bulkAll.start,
          busy: bulkAll.state.kind === 'reading' || bulkAll.state.kind === 'confirming' || bulkAll.state.kind === 'running',
          statuses: viewStatuses(view),
        }}
        outcome={flow.outcome}
        onDismissOutcome={flow.dismissOutcome}
        focusAfterClear={selectAllOnPage}
      />
      {bulkAll.state.kind !== 'idle' && (
        <BulkAllPanel run={bulkAll} />
      )}
      <KeysListBody keys={keys} table={table} rows={rows} rowFocus={rowFocus} />
      {rotating && <LazyRotateKeyDialog apiKey={rotating} onClose={() => setRotating(null)} />}
      {bulkAll.state.kind === 'confirming' && (
        <ActionDialog request={{ action: bulkAll.state.preview.action, keys: bulkAll.state.preview.willChange, preview: bulkAll.state.preview }} onCancel={bulkAll.cancel} onConfirm={bulkAll.confirm} />
      )}
      {flow.dialog && (
        <ActionDialog request={flow.dialog.request} pending={flow.dialog.pending} error={flow.dialog.error} errorWait={flow.dialog.wait} held={flow.dialog.held} onCancel={flow.cancel} onConfirm={flow.confirm} />
      )}
    </div>
  )
}

/** The table's "Select all keys on this page" box: where focus goes when a clean bulk run takes the bar away. */
const selectAllOnPage = () => document.querySelector<HTMLElement>('table[aria-label="API keys"] thead input[type="checkbox"]') ?? document.getElementById('main')
