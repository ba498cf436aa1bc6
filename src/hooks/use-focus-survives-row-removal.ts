import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import { OPENER_GONE, type Opener } from '../lib/opener-gone'

/**
 * When the row holding the focus disappears (deleted, or filtered out after a change), focus
 * would fall to <body> and a keyboard user would start over from the top. Instead it moves to
 * the same control in the row that took its place, or the last row.
 */
export function useFocusSurvivesRowRemoval(rowIds: readonly string[], body: RefObject<HTMLTableSectionElement | null>) {
  const last = useRef<{ rowId: string; index: number; label: string } | null>(null)

  useEffect(() => {
    const element = body.current
    if (!element) return
    const remember = (event: FocusEvent) => {
      const target = event.target as HTMLElement
      const row = target.closest('tr')
      const rowId = row?.dataset.rowId
      if (!row || !rowId) return
      last.current = { rowId, index: [...element.children].indexOf(row), label: target.getAttribute('aria-label') ?? '' }
    }
    element.addEventListener('focusin', remember)
    return () => element.removeEventListener('focusin', remember)
  }, [body])

  const ids = useRef(rowIds)
  // Where focus goes once its row has gone and nothing holds it: the same control in the row now at its place.
  // A dialog's opener that went says which row it was in (a tap on a row's menu may have left the focus elsewhere).
  const place = useCallback((event?: Event) => {
    const opener = event instanceof CustomEvent ? (event.detail as Opener | null) : null
    // Another page in the table's place (its last key gone): useFocusOutlivesTable gives the focus to its last row.
    if (opener?.rowId && !opener.shown.some((id) => ids.current.includes(id))) return
    const focused = opener?.rowId ? { rowId: opener.rowId, index: opener.index, label: opener.label } : last.current
    if (!focused || ids.current.includes(focused.rowId)) return
    if (document.activeElement && document.activeElement !== document.body) return
    const rows = body.current?.querySelectorAll('tr') ?? []
    const row = rows[Math.min(focused.index, rows.length - 1)]
    // The same kind of control (the actions button) in the new row, else its first control.
    const prefix = focused.label.split(' ')[0]
    const target = row?.querySelector<HTMLElement>(prefix ? `[aria-label^="${CSS.escape(prefix)}"]` : 'button, input') ?? row?.querySelector<HTMLElement>('button, input')
    target?.focus()
    last.current = null
  }, [body])

  useLayoutEffect(() => {
    ids.current = rowIds
    place()
  }, [rowIds, place])

  // A dialog opened from the row (a delete waiting for the server) held the focus while the row went: it closes later.
  useEffect(() => {
    document.addEventListener(OPENER_GONE, place)
    return () => document.removeEventListener(OPENER_GONE, place)
  }, [place])
}
