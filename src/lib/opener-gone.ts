/**
 * Dispatched on `document` when a dialog closes and the control that opened it is gone (its row
 * deleted while the dialog waited for the server), or now stands for something else (the row's
 * elements taken over by another key): whoever knows what took its place moves the focus there.
 * Its `detail` is the opener's place in a table, if it had one (an `Opener`).
 */
export const OPENER_GONE = 'coval:opener-gone'

/** A dialog's opener as it was when the dialog opened: its name, and its row's key and place. */
export interface Opener {
  label: string
  rowId: string | null
  index: number
  /** The keys of the rows shown with it: none of them left means another page took the table. */
  shown: string[]
}

export function openerOf(element: HTMLElement): Opener {
  const row = element.closest<HTMLElement>('tr[data-row-id]')
  const rows = row?.parentElement ? [...row.parentElement.children] : []
  return { label: element.getAttribute('aria-label') ?? '', rowId: row?.dataset.rowId ?? null, index: row ? rows.indexOf(row) : -1, shown: rows.map((tr) => (tr as HTMLElement).dataset.rowId ?? '') }
}
