import { Icon } from '../ui/icon'
import { useId, useLayoutEffect, useRef } from 'react'
import { Button, type ButtonProps } from '../ui/button'
import { formatCount } from '../../lib/intl'

export interface DataTablePaginationProps {
  pageSize: number
  pageSizes: readonly number[]
  onPageSizeChange: (size: number) => void
  /** 1-based index of the first row shown; 0 when there are none. */
  firstRow: number
  lastRow: number
  /** null while the total is still being counted, or when it cannot be known. */
  total: number | null
  /** What stands for a null total; "(counting…)" unless said otherwise. */
  uncounted?: string
  /** Said in place of the range while the rows shown are a previous view's ("Loading page 3…"): the range would name rows not on screen. */
  loading?: string | undefined
  /**
   * The view asked for failed to load and the rows shown are an earlier one's: said in place of the
   * range, with a Retry beside the buttons that asked for it. Not live: the page's alert says it once.
   */
  failed?: { text: string; onRetry: () => void } | undefined
  canFirst: boolean
  canPrevious: boolean
  canNext: boolean
  onFirst: () => void
  onPrevious: () => void
  onNext: () => void
}

/**
 * Unavailable pager buttons stay focusable (aria-disabled, not disabled): a keyboard user who
 * pages to the end, or presses Next while a page loads, keeps their place instead of landing on
 * the page body.
 */
function PagerButton({ enabled, onClick, ...props }: Omit<ButtonProps, 'disabled'> & { enabled: boolean }) {
  return (
    <Button
      size="sm"
      // Scrolled into sight (a failure's line grew the pager) with room round it, not flush with the screen's edge.
      className="scroll-my-4"
      {...props}
      aria-disabled={!enabled || undefined}
      onClick={
        enabled
          ? (event) => {
              onClick?.(event)
              // Tapped or clicked (not a key: detail 0): the new page is read from its top, as a new page would be.
              // By keyboard the view stays with the focused button, to press again.
              if (event.detail > 0) showTopOfTable(event.currentTarget)
            }
          : undefined
      }
    />
  )
}

/**
 * A page size chosen by keyboard: the rows grow (or shrink) above the focused select, drawn over a
 * few frames, and it went 1,500 px below the screen at 100 rows. It is kept in sight as the table
 * before it changes size, while it has the focus. Chosen by pointer, the view stays where it was.
 */
function keepInSight(select: HTMLSelectElement) {
  const table = select.closest('nav')?.previousElementSibling
  if (!table || select.dataset.kept) return
  select.dataset.kept = 'true'
  const follow = new ResizeObserver(() => select.scrollIntoView({ block: 'nearest' }))
  follow.observe(table)
  select.addEventListener('blur', () => {
    follow.disconnect()
    delete select.dataset.kept
  }, { once: true })
}

/** Scrolls the table before the pager into view when its top has gone above the screen. */
function showTopOfTable(button: HTMLElement) {
  const table = button.closest('nav')?.previousElementSibling
  if (table && table.getBoundingClientRect().top < 0) table.scrollIntoView({ block: 'start' })
}

/** Page size, "21–40 of 342", and First / Previous / Next. */
export function DataTablePagination(props: DataTablePaginationProps) {
  const id = useId()
  const next = useRef<HTMLButtonElement>(null)
  const nav = useRef<HTMLElement>(null)
  const { firstRow, lastRow, total } = props
  const said = props.failed ? 'failed' : (props.loading ?? 'range')
  useLayoutEffect(() => {
    // On a phone a failure's line, or a longer "Loading page 2…", wraps in above the buttons and
    // pushes the focused Next down, to the screen's edge or past it: kept in sight when a keyboard
    // pressed it (its ring shows). A pointer's page turn brought the table's top into view, where
    // the alert above it is shown.
    const focused = document.activeElement
    if (said === 'range' || !(focused instanceof HTMLElement) || !nav.current?.contains(focused)) return
    if (focused.matches(':focus-visible')) focused.scrollIntoView({ block: 'nearest' })
  }, [said])
  return (
    <nav ref={nav} aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="text-zinc-600 dark:text-zinc-400">
          Rows per page
        </label>
        <select
          id={id}
          value={props.pageSize}
          onChange={(event) => props.onPageSizeChange(Number(event.target.value))}
          onKeyDown={(event) => keepInSight(event.currentTarget)}
          className="h-8 rounded-md border border-zinc-300 bg-white px-2 dark:border-zinc-700 dark:bg-zinc-900"
        >
          {props.pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      {props.failed ? (
        <div className="flex flex-wrap items-center gap-2 text-red-800 dark:text-red-200">
          {props.failed.text}
          <Button
            size="sm"
            onClick={() => {
              // Retry goes while it runs (the rows stand in, loading): the focus waits on Next, where the page turn began.
              next.current?.focus()
              props.failed?.onRetry()
            }}
          >
            Retry
          </Button>
        </div>
      ) : (
        <p aria-live="polite" className="tabular-nums text-zinc-700 dark:text-zinc-300">
          {props.loading ?? (total === 0 ? 'No rows' : `${formatCount(firstRow)}–${formatCount(lastRow)} ${total === null ? (props.uncounted ?? '(counting…)') : `of ${formatCount(total)}`}`)}
        </p>
      )}
      {/* Wraps under larger text (200 %) rather than pushing Next past a phone's edge. */}
      <div className="flex flex-wrap items-center gap-1">
        <PagerButton variant="ghost" onClick={props.onFirst} enabled={props.canFirst} aria-label="First page">
          <Icon name="chevrons-left" className="size-4" />
        </PagerButton>
        <PagerButton onClick={props.onPrevious} enabled={props.canPrevious}>
          <Icon name="chevron-left" className="size-4" />
          Previous
        </PagerButton>
        <PagerButton ref={next} onClick={props.onNext} enabled={props.canNext}>
          Next
          <Icon name="chevron-right" className="size-4" />
        </PagerButton>
      </div>
    </nav>
  )
}
