// Its own module: the list's announcements (on the first screen) say the order; the rest of a view in words loads with the export and saved views.

/** A known value's label, else the raw value made readable ("older_1y" → "older 1y"). */
export function labelFor(labels: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value.replaceAll('_', ' ').toLowerCase()
}

const SORT_FIELDS: Readonly<Record<string, string>> = { name: 'name', create_time: 'created', update_time: 'updated', last_used_at: 'last used' }

/** An order in words, from a view's `sort` parameter ("last_used_at.asc"): "by last used, oldest first". */
export function sortLabel(value: string): string {
  const [field = '', direction] = value.split('.')
  const ascending = direction === 'asc'
  const order = field === 'name' ? (ascending ? 'A to Z' : 'Z to A') : ascending ? 'oldest first' : 'newest first'
  return `by ${labelFor(SORT_FIELDS, field)}, ${order}`
}
