import { exportViewParams, type ViewParam } from './export-view-params'
import { ENVIRONMENT_LABELS, KEY_TYPE_LABELS, LAST_USED_LABELS, STATUS_LABELS } from './labels'
import type { ListView } from './list-view'
import { formatCount } from '../../../lib/intl'

/** A known value's label, else the raw value made readable ("older_1y" → "older 1y"). */
function labelFor(labels: Readonly<Record<string, string>>, value: string): string {
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

function part(name: string, value: string): string {
  switch (name) {
    case 'env':
      return labelFor(ENVIRONMENT_LABELS, value)
    case 'status':
      return value
        .split(',')
        .map((status) => labelFor(STATUS_LABELS, status))
        .join(' or ')
    case 'type':
      return `${labelFor(KEY_TYPE_LABELS, value).toLowerCase()} keys`
    case 'used':
      return labelFor(LAST_USED_LABELS, value).toLowerCase()
    case 'created':
      return /^\d+$/.test(value) ? `created over ${value} days ago` : `created ${labelFor({}, value)}`
    case 'filter':
      return `matching ${value.trim()}`
    case 'q':
      return `name contains “${value.trim()}”`
    case 'sort':
      return sortLabel(value)
    default:
      // A filter added to the view after this file: its parameter and value, made readable.
      return `${name.replaceAll('_', ' ')}: ${labelFor({}, value)}`
  }
}

/** What a view holds, in words: "Production, service keys, not used in 90 days"; null for every key, newest first. */
export function describeView(view: ListView): string | null {
  return describeParams(exportViewParams(view))
}

export function describeParams(params: readonly ViewParam[]): string | null {
  const text = params
    .map(([name, value]) => part(name, value))
    .join(', ')
  return text === '' ? null : text.charAt(0).toUpperCase() + text.slice(1)
}

/** The export dialog's title: "Export 2,622 keys: Production, service keys", "Export all keys". */
export function exportTitle(view: ListView, count: number | null): string {
  const what = describeView(view)
  const keys = count === null ? 'keys' : count === 1 ? '1 key' : `${formatCount(count)} keys`
  if (what === null) return count === null ? 'Export all keys' : count <= 1 ? `Export ${keys}` : `Export all ${keys}`
  return `Export ${keys}: ${what}`
}
