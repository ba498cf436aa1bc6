/** Row ids selected, as TanStack Table keeps them. */
export type Selection = Readonly<Record<string, true>>

/** Selects every row from the anchor to the target, both included; without an anchor on this page, just the target. */
export function selectRange(ids: readonly string[], anchor: string | null, target: string, selection: Selection): Record<string, true> {
  const to = ids.indexOf(target)
  if (to === -1) return { ...selection }
  const from = anchor === null ? -1 : ids.indexOf(anchor)
  const [start, end] = from === -1 ? [to, to] : [Math.min(from, to), Math.max(from, to)]
  const next: Record<string, true> = { ...selection }
  for (const id of ids.slice(start, end + 1)) next[id] = true
  return next
}

/** Flips one row; unselected rows are left out rather than stored as false. */
export function toggleRow(id: string, selection: Selection): Record<string, true> {
  const next: Record<string, true> = { ...selection }
  if (next[id]) delete next[id]
  else next[id] = true
  return next
}

/** The row j (+1) or k (-1) moves to: from none, the first row; stops at either end. */
export function moveFocus(ids: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null
  const at = current === null ? -1 : ids.indexOf(current)
  if (at === -1) return ids[0] ?? null
  return ids[Math.min(ids.length - 1, Math.max(0, at + step))] ?? null
}

/** The page's select-all box: every row of the page selected, none, or some (mixed). */
export function pageChecked(ids: readonly string[], selection: Selection): boolean | 'indeterminate' {
  const count = ids.filter((id) => selection[id]).length
  if (count === 0) return false
  return count === ids.length ? true : 'indeterminate'
}

/** Selects (or clears) every row of the page, leaving any other row as it was. */
export function selectPage(ids: readonly string[], selection: Selection, selected: boolean): Record<string, true> {
  const next: Record<string, true> = { ...selection }
  for (const id of ids) {
    if (selected) next[id] = true
    else delete next[id]
  }
  return next
}
