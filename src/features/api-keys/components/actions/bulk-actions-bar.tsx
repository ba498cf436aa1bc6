import { Icon } from '../../../../components/ui/icon'
import { useCallback, useEffect, useRef, useState } from 'react'
import { lazyPart } from '../../../../components/ui/lazy-boundary'
import type { ApiKey } from '../../../../api/api-key-schema'
import { Button } from '../../../../components/ui/button'
import type { KeyAction } from '../../model/key-actions'
import type { BulkPreview } from '../../model/bulk-preview'
import type { ActionOutcome } from './use-run-key-action'
import { formatCount } from '../../../../lib/intl'
import { useFocusAfterBulkRun } from './use-focus-after-bulk-run'

// A page's result (shown after a run with trouble) is not on the first screen: it loads once keys are
// selected, so it is there, and takes the focus, by the time a run ends.
const LazyBulkOutcome = lazyPart(() => import('./bulk-key-lists'), (m) => m.BulkOutcome, 'the result of the action')
// The actions, their reasons and scope notes: loaded once the rows are up, so there by the first tick of a box.
const BulkActions = lazyPart(() => import('./bulk-bar-actions'), (m) => m.BulkBarActions, 'the bulk actions')
/** The bar's actions, asked for ahead (the list does once its rows are up). */
export const preloadBulkActions = BulkActions.preload

export interface BulkActionsBarProps {
  selected: ApiKey[]
  /** `preview`: some selected keys do not allow the action; `keys` are those that do, the others skipped. */
  onAction: (action: KeyAction, keys: ApiKey[], preview?: BulkPreview) => void
  onClear: () => void
  outcome: ActionOutcome | null
  onDismissOutcome: () => void
  /** Selecting beyond the page: every key the view matches. */
  matching?: MatchingSelection
  /** Where focus goes when a clean run clears the selection (and the bar) with focus in it. */
  focusAfterClear?: () => HTMLElement | null
}

export interface MatchingSelection {
  /** The view's count (null while unknown). */
  total: number | null
  /** How many rows the page shows. */
  pageRows: number
  all: boolean
  onSelectAll: () => void
  onAction: (action: KeyAction) => void
  /** A whole-view action is under way. */
  busy: boolean
  /** The statuses the view shows: an action none of them allows is unavailable over the whole view. */
  statuses: readonly string[]
}

/** The selection's count and the actions every selected key allows; the others say why not. */
export function BulkActionsBar({ selected, onAction, onClear, outcome, onDismissOutcome, matching, focusAfterClear = () => document.getElementById('main') }: BulkActionsBarProps) {
  const allTotal = matching?.all === true ? matching.total : null
  const all = allTotal !== null
  const clearButton = useRef<HTMLButtonElement>(null)
  // "Select all N matching keys" goes once used: its focus moves to what undoes it.
  useEffect(() => {
    if (all) clearButton.current?.focus()
  }, [all])
  const pinned = usePinnedHeight()
  const { outcomeRef, track } = useFocusAfterBulkRun(selected.length > 0, all, outcome, focusAfterClear)
  const anySelected = selected.length > 0
  useEffect(() => {
    if (anySelected) void LazyBulkOutcome.preload()
  }, [anySelected])
  const actionsCame = useActionsCame(anySelected)
  if (selected.length === 0 && !outcome) return null
  return (
    <>
      {selected.length > 0 && actionsCame && (
        // On a phone the bar is pinned to the foot of the screen: in view wherever the tapped card is, and it moves nothing.
        // Wider, it sticks to the top of the screen while the table scrolls under it: a row ticked far down still shows
        // the count and the actions (it is the list's own child, so it sticks all the way down the table).
        <div
          ref={pinned}
          role="region"
          aria-label="Bulk actions"
          {...track}
          // Its look is index.css's .bulk-bar: pinned to the foot on a phone, sticky at the top wider.
          className="bulk-bar"
        >
          <span className="font-medium" aria-live="polite">
            {all ? `All ${formatCount(allTotal)} matching keys selected` : `${selected.length} selected`}
          </span>
          {!all && matching && <SelectAllOffer matching={matching} selected={selected.length} />}
          <BulkActions selected={selected} onAction={onAction} matching={matching} all={all} allTotal={allTotal} />
          <Button
            ref={clearButton}
            size="sm"
            variant="ghost"
            className="ml-auto max-sm:order-1 max-sm:-my-1"
            onClick={() => {
              onClear()
              // The bar goes with the selection: the focus goes where it would after a clean run, whichever selection it held.
              focusAfterClear()?.focus()
            }}
          >
            <Icon name="x" className="size-4" />
            <span className="max-sm:sr-only">Clear selection</span>
          </Button>
        </div>
      )}
      {outcome && <LazyBulkOutcome ref={outcomeRef} outcome={outcome} onDismiss={onDismissOutcome} />}
    </>
  )
}

/**
 * Whether the actions' code has come (or failed to: the bar then shows it could not load them, with
 * Retry). The bar waits for it and shows whole: drawn first without its actions, it grew when they
 * came, and on a phone, where it is pinned to the foot of the screen, rose over the card a finger
 * was about to tick.
 */
function useActionsCame(wanted: boolean): boolean {
  const [came, setCame] = useState(BulkActions.isLoaded)
  useEffect(() => {
    if (!wanted || came) return
    let live = true
    void BulkActions.preload().then(() => live && setCame(true))
    return () => {
      live = false
    }
  }, [wanted, came])
  return came
}

/**
 * While the bar shows, its height is `--bulk-bar-height` on <html>: on a phone, where it is pinned
 * to the foot of the screen, the page keeps that much room below its end and the toasts stack above
 * it (index.css, toaster.tsx), so neither the last card nor a toast's Undo hides under it.
 */
function usePinnedHeight() {
  // The bar is drawn only while keys are selected: its ref comes and goes with it.
  return useCallback((element: HTMLDivElement | null) => {
    if (!element) return
    const root = document.documentElement
    const observer = new ResizeObserver(() => root.style.setProperty('--bulk-bar-height', `${element.offsetHeight}px`))
    observer.observe(element)
    return () => {
      observer.disconnect()
      root.style.removeProperty('--bulk-bar-height')
    }
  }, [])
}

/** Once the whole page is selected and the view has more keys, the selection can grow to all of them. */
function SelectAllOffer({ matching, selected }: { matching: MatchingSelection; selected: number }) {
  const { total, pageRows } = matching
  if (total === null || selected < pageRows || total <= pageRows) return null
  return (
    // On a phone it says less, so the count, it and Clear share one line (the name stays whole).
    <Button size="sm" variant="ghost" className="underline max-sm:-my-1 max-sm:px-1.5" onClick={matching.onSelectAll}>
      {/* One line of text, not two of the button's flex items: its underline is unbroken. */}
      <span>
        Select all {formatCount(total)}
        <span className="max-sm:sr-only"> matching keys</span>
      </span>
    </Button>
  )
}
