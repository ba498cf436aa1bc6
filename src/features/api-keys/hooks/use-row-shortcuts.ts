import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { useKeyShortcuts } from '../../../hooks/use-key-shortcuts'
import { useKeyDialogs } from '../components/key-dialogs/key-dialogs-context'
import { moveFocus, selectRange, toggleRow, type Selection } from '../model/range-selection'

interface RowShortcutsOptions {
  ids: readonly string[]
  selection: Selection
  setSelection: (rows: Selection) => void
  onHelp: () => void
}

function rowLink(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(id)}"] a[href]`)
}

/**
 * The keys list by keyboard: j/k move the focused row (real DOM focus on its name link, so the
 * link's own Enter opens it and screen readers follow), x and Shift+x select, / searches, c creates, ? explains.
 */
export function useRowShortcuts({ ids, selection, setSelection, onHelp }: RowShortcutsOptions) {
  const { openCreate } = useKeyDialogs()
  const [focusedId, setFocusedId] = useState<string | null>(null)
  // The last row toggled by hand: where a Shift range starts.
  const anchor = useRef<string | null>(null)

  const latest = useRef({ ids, selection, setSelection })
  useLayoutEffect(() => {
    latest.current = { ids, selection, setSelection }
  })
  // Stable, so the table's columns (and its memoised rows) need not be rebuilt on every selection.
  const selectRow = useCallback((id: string, range: boolean) => {
    const { ids: rows, selection: selected, setSelection: set } = latest.current
    set(range ? selectRange(rows, anchor.current, id, selected) : toggleRow(id, selected))
    anchor.current = id
  }, [])

  const move = (step: 1 | -1) => {
    const next = moveFocus(ids, focusedId !== null && ids.includes(focusedId) ? focusedId : null, step)
    if (next === null) return
    setFocusedId(next)
    rowLink(next)?.focus()
  }
  const current = focusedId !== null && ids.includes(focusedId) ? focusedId : null
  const select = (range: boolean) => {
    if (current === null) return false
    selectRow(current, range)
  }

  useKeyShortcuts({
    j: () => move(1),
    k: () => move(-1),
    x: () => select(false),
    // Caps Lock gives X without Shift: only Shift makes it a range.
    X: (event) => select(event.shiftKey),
    '/': () => {
      const search = document.querySelector<HTMLInputElement>('[role="search"] input[type="search"]')
      if (!search) return false
      search.focus()
      search.select()
    },
    // Focus goes back where it was when the dialog closes (a row's link), not to the page's Create button.
    c: () => openCreate(document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null),
    '?': () => onHelp(),
  })

  return { focusedId: current, setFocusedId, selectRow }
}
