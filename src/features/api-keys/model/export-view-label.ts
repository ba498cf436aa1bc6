import { exportViewParams, type ViewParam } from './export-view-params'
import { ENVIRONMENT_LABELS, KEY_TYPE_LABELS, LAST_USED_LABELS, STATUS_LABELS } from './labels'
import type { ListView } from './list-view'
import { formatCount } from '../../../lib/intl'
import { labelFor, sortLabel } from './sort-label'
import { searchedKeyEnd } from './masked-key'

export { sortLabel } from './sort-label'


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
      return searchLabel(value.trim())
    case 'sort':
      return sortLabel(value)
    default:
      // A filter added to the view after this file: its parameter and value, made readable.
      return `${name.replaceAll('_', ' ')}: ${labelFor({}, value)}`
  }
}

/**
 * A search in words, as the list reads it (view-query.ts): a name, or the end of a key. Four letters
 * or digits, the end the table shows, may be either; a masked end (`…o5p6`) is only a key's.
 */
function searchLabel(text: string): string {
  const end = searchedKeyEnd(text)
  if (end === text) return end.length === 4 ? `name contains “${text}” or key ends in …${end}` : `name contains “${text}”`
  return end === null ? `name contains “${text}”` : `key ends in …${end}`
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
