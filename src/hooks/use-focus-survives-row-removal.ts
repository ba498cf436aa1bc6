import { useCallback, useEffect, useLayoutEffect, useRef } from 'react'
import { OPENER_GONE } from '../lib/opener-gone'

/**
 * When the row holding the focus disappears (deleted, or filtered out after a change), focus
 * would fall to <body> and a keyboard user would start over from the top. Instead it moves to
 * the same control in the row that took its place, or the last row.
 *
 * The rows are drawn by position (api-keys-table.tsx), so when rows above it come or go, the
 * focused control's element can stay where it is and show another key. Focus follows its key
 * instead: to the same control in the row that key is now in.
 */
export function useFocusSurvivesRowRemoval(rowIds: readonly string[]) {
  const body = useRef<HTMLTableSectionElement>(null)
  const last = useRef<FocusedControl | null>(null)

  // Whether focus has moved on from the rows to another control (not fallen to <body> as its own went).
  const left = useRef(false)

  useEffect(() => {
    const element = body.current
    if (!element) return
    const remember = (event: FocusEvent) => {
      left.current = false
      if (event.target instanceof HTMLElement) last.current = focusedControl(element, event.target) ?? last.current
    }
    const leave = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !element.contains(event.relatedTarget)) left.current = true
    }
    element.addEventListener('focusin', remember)
    element.addEventListener('focusout', leave)
    return () => {
      element.removeEventListener('focusin', remember)
      element.removeEventListener('focusout', leave)
    }
  }, [])

  const ids = useRef(rowIds)
  // Where focus goes once the rows change under it (or a dialog closes whose opener went), if nothing outside the rows holds it.
  const place = useCallback((openerGone: boolean) => {
    const focused = last.current
    const tbody = body.current
    if (!focused || !tbody) return
    const active = document.activeElement
    const inRows = active !== null && tbody.contains(active)
    // Focus outside the rows stays there; on <body> it is placed only if it fell there because its control went.
    if (!inRows && ((active !== null && active !== document.body) || focused.element.isConnected || (left.current && !openerGone))) return
    if (ids.current.includes(focused.rowId)) {
      // Its key is still listed: on it still, or moved with it to the row it is now in.
      if (inRows && active.closest('tr')?.dataset.rowId === focused.rowId) return
      const row = [...tbody.querySelectorAll('tr')].find((tr) => tr.dataset.rowId === focused.rowId)
      if (row) sameControl(row, focused)?.focus()
      return
    }
    // Its key is gone: the same control in the row now at its place (perhaps the element focused already).
    const rows = tbody.querySelectorAll('tr')
    const row = rows[Math.min(focused.index, rows.length - 1)]
    const target = row ? sameControl(row, focused) : null
    target?.focus()
    last.current = target && target === document.activeElement ? focusedControl(tbody, target) : null
  }, [])

  useLayoutEffect(() => {
    ids.current = rowIds
    place(false)
  }, [rowIds, place])

  // A dialog opened from the row (a delete waiting for the server) held the focus while the row went: it closes later.
  useEffect(() => {
    const openerGone = () => place(true)
    document.addEventListener(OPENER_GONE, openerGone)
    return () => document.removeEventListener(OPENER_GONE, openerGone)
  }, [place])

  return body
}

/** The focused control, as the rows' focusin saw it. */
interface FocusedControl {
  element: HTMLElement
  rowId: string
  index: number
  label: string
  /** The cell's `data-column`. */
  column: string
}

function focusedControl(tbody: HTMLTableSectionElement, element: HTMLElement): FocusedControl | null {
  const row = element.closest('tr')
  const rowId = row?.dataset.rowId
  if (!row || !rowId) return null
  return {
    element,
    rowId,
    index: [...tbody.children].indexOf(row),
    label: element.getAttribute('aria-label') ?? '',
    column: element.closest('td')?.dataset.column ?? '',
  }
}

/** The same kind of control in another row: in the same column, else by the first word of its label (the actions button), else the row's first. */
function sameControl(row: HTMLTableRowElement, focused: FocusedControl): HTMLElement | null {
  const controls = 'a[href], button, input'
  const prefix = focused.label.split(' ')[0]
  return (
    (focused.column ? row.querySelector<HTMLElement>(`td[data-column="${CSS.escape(focused.column)}"] :is(${controls})`) : null) ??
    (prefix ? row.querySelector<HTMLElement>(`[aria-label^="${CSS.escape(prefix)}"]`) : null) ??
    row.querySelector<HTMLElement>(controls)
  )
}
