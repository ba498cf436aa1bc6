import { CHECKED_PARAMS, serializeListView, type ListView } from './list-view'

/** What each parameter is, in the notice's words. */
const WHAT: Record<(typeof CHECKED_PARAMS)[number], string> = {
  q: 'search',
  env: 'environment',
  status: 'status',
  type: 'type',
  used: 'last used',
  created: 'created',
  sort: 'order',
  size: 'page size',
  page: 'page',
}

/** The longest value quoted back: a pasted paragraph is not repeated whole. */
const QUOTED_UP_TO = 40

const quoted = (value: string) => `“${value.length > QUOTED_UP_TO ? `${value.slice(0, QUOTED_UP_TO)}…` : value}”`

/**
 * What a link asked for that the view shown does not apply (a value the list does not know), in
 * words: `environment “PROD”`, `status “archived”`. Values written another way but understood
 * (`production`, `size=20`, statuses in another order) are not among them.
 */
export function linkLeftovers(search: string, view: ListView): string[] {
  const asked = new URLSearchParams(search)
  const applied = serializeListView(view)
  const left: string[] = []
  for (const name of CHECKED_PARAMS) {
    // A repeated parameter (`status=ACTIVE&status=SUSPENDED`): the view reads the last; the others are left out, and said to be.
    const values = asked.getAll(name)
    if (name === 'status') {
      const shown = new Set((applied.get('status') ?? '').split(','))
      const statuses = values.flatMap((value) => value.split(',')).filter((value) => value.trim() !== '')
      for (const value of new Set(statuses)) if (!shown.has(value.toUpperCase())) left.push(`${WHAT.status} ${quoted(value)}`)
      continue
    }
    for (const raw of new Set(values)) {
      if (raw.trim() === '') continue
      // Numbers as the view reads them (" 50 " is 50); the default is left out of the address (size=20, page=1).
      const understood = name === 'size' ? Number(raw) === view.pageSize : name === 'page' ? Number(raw) === view.page : applied.get(name)?.trim().toLowerCase() === raw.trim().toLowerCase()
      if (!understood) left.push(`${WHAT[name]} ${quoted(raw)}`)
    }
  }
  return left
}
