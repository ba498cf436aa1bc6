/** Each shown key's slot: the React key of the row element that draws it. */
export type RowSlots = ReadonlyMap<string, number>

/**
 * The slots for the rows `ids` after `previous` (in the order shown then): a key still shown keeps
 * its slot, so its row's elements stay as they are; a key newly shown takes the slot of a key that
 * went, the first gone for the first new, so a page turn updates the rows where they stand
 * instead of making them anew; more rows than before take new slots.
 */
export function assignRowSlots(previous: RowSlots, ids: readonly string[]): RowSlots {
  const shown = new Set(ids)
  const freed = [...previous].filter(([id]) => !shown.has(id)).map(([, slot]) => slot)
  let fresh = previous.size === 0 ? 0 : Math.max(...previous.values()) + 1
  const slots = new Map<string, number>()
  for (const id of ids) {
    if (slots.has(id)) continue
    slots.set(id, previous.get(id) ?? freed.shift() ?? fresh++)
  }
  return slots
}

/** Whether two lists of keys' ids are the same keys in the same order. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index])
}
