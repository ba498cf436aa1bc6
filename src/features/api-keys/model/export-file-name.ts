import type { ExportFormat } from './export-format'
import { exportViewParams, type ViewParam } from './export-view-params'
import type { ListView } from './list-view'

const SEARCH_MAX = 40

/** Lower-case ASCII letters and digits joined by single hyphens: safe in a file name on every system. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** At most `max` characters of a slug, cut after a whole word where one fits ("…-environment", not "…-product"). */
function shortened(text: string, max = SEARCH_MAX): string {
  if (text.length <= max) return text
  const lastBreak = text.lastIndexOf('-', max)
  return lastBreak > 0 ? text.slice(0, lastBreak) : text.slice(0, max)
}

const SORT_FIELDS: Readonly<Record<string, string>> = { create_time: 'created', update_time: 'updated', last_used_at: 'last-used' }
// "never" alone would not say never what.
const LAST_USED: Readonly<Record<string, string>> = { never: 'never-used' }

function part(name: string, value: string): string {
  switch (name) {
    case 'env':
    case 'status':
    case 'type':
      return slug(value)
    case 'used':
      return LAST_USED[value] ?? slug(value)
    case 'created':
      // Days: "created more than 90 days ago".
      return /^\d+$/.test(value) ? `created-over-${value}d` : `created-${slug(value)}`
    case 'filter':
      return ['filter', shortened(slug(value))].filter(Boolean).join('-')
    case 'q':
      return ['search', shortened(slug(value))].filter(Boolean).join('-')
    case 'sort': {
      const [field = '', direction = ''] = value.split('.')
      return ['by', SORT_FIELDS[field] ?? slug(field), slug(direction)].filter(Boolean).join('-')
    }
    default: {
      // A filter this file does not know yet: its value, after its name unless the value says it.
      const [key, said] = [slug(name), slug(value)]
      return said.startsWith(key) ? said : [key, said].filter(Boolean).join('-')
    }
  }
}

/** What a view holds, for a file name: `production-unused-90d`, or `all` for every key. */
export function viewSlug(params: readonly ViewParam[]): string {
  const parts = params
    .map(([name, value]) => part(name, value))
    .filter(Boolean)
  return parts.length > 0 ? parts.join('-') : 'all'
}

/** The local calendar day: the date someone looking for the file will remember. */
function day(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** `coval-api-keys-production-unused-90d-2026-12-01.csv`; keys selected from it, `…-unused-90d-selected-2026-12-01.csv`. */
export function exportFileName(view: ListView, format: ExportFormat, date: Date, selected = false): string {
  return `coval-api-keys-${viewSlug(exportViewParams(view))}${selected ? '-selected' : ''}-${day(date)}.${format}`
}
