import type { ApiKey } from '../../../api/api-key-schema'

export type ExportFormat = 'csv' | 'json'

/** An export's columns, in order: CSV's header row and JSON's field names alike. */
export const EXPORT_COLUMNS = ['id', 'name', 'description', 'type', 'environment', 'status', 'permissions', 'masked_key', 'created', 'updated', 'last_used'] as const

/** One key as exported to JSON: what the server left out is null; permissions [] is full access, as in the API. */
export interface ExportRecord {
  readonly id: string
  readonly name: string | null
  readonly description: string | null
  readonly type: string | null
  readonly environment: string | null
  readonly status: string | null
  readonly permissions: readonly string[] | null
  readonly masked_key: string | null
  readonly created: string | null
  readonly updated: string | null
  readonly last_used: string | null
}

/** Excel, Numbers and Google Sheets read a UTF-8 CSV as UTF-8 (not the system code page) only after this mark. */
export const UTF8_BOM = '\uFEFF'

// Only full date-times with a zone are re-formatted: Date.parse reads a zone-less one as local time.
const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i

/** ISO 8601 in UTC with milliseconds, or null when the value is not a readable zoned date-time. */
function toUtc(value: string): string | null {
  if (!ZONED_DATE_TIME.test(value)) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

/** A timestamp for JSON: UTC when readable, else as the server sent it. */
function jsonTime(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  return toUtc(value) ?? value
}

export function toExportRecord(key: ApiKey): ExportRecord {
  return {
    id: key.id,
    name: key.name ?? null,
    description: key.description ?? null,
    type: key.key_type ?? null,
    environment: key.environment ?? null,
    status: key.status ?? null,
    permissions: key.permissions ?? null,
    masked_key: key.api_key ?? null,
    created: jsonTime(key.create_time),
    updated: jsonTime(key.update_time),
    last_used: jsonTime(key.last_used_at),
  }
}

/** A JSON array of every key, two-space indented so it reads in a text editor too. */
export function toJson(keys: readonly ApiKey[]): string {
  return `${JSON.stringify(keys.map(toExportRecord), null, 2)}\n`
}

// A spreadsheet runs a cell starting with one of these as a formula (CR and tab: some strip them first).
const FORMULA_START = /^[=+\-@\t\r]/

/** A text cell a spreadsheet will show as text: a would-be formula gets a leading apostrophe (OWASP's advice). */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** RFC 4180: a field holding a quote, comma, CR or LF is quoted, and its quotes doubled. */
export function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field
}

const text = (value: string | null | undefined) => (value === null || value === undefined ? '' : neutralise(value))

/** A timestamp cell: UTC when readable; an unreadable value is kept as sent, and is text then. */
function csvTime(value: string | null | undefined): string {
  if (value === null || value === undefined) return ''
  return toUtc(value) ?? neutralise(value)
}

/** Scopes separated by a space (a scope has none); `*` is full access, which the API sends as []. */
export function permissionsCell(permissions: readonly string[] | undefined): string {
  if (permissions === undefined) return ''
  return permissions.length === 0 ? '*' : neutralise(permissions.join(' '))
}

function csvRow(key: ApiKey): string[] {
  return [
    text(key.id),
    text(key.name),
    text(key.description),
    text(key.key_type),
    text(key.environment),
    text(key.status),
    permissionsCell(key.permissions),
    text(key.api_key),
    csvTime(key.create_time),
    csvTime(key.update_time),
    csvTime(key.last_used_at),
  ]
}

/** RFC 4180 CSV with a header row and CRLF after every record, behind a UTF-8 byte order mark. */
export function toCsv(keys: readonly ApiKey[]): string {
  const lines = [EXPORT_COLUMNS, ...keys.map(csvRow)].map((cells) => `${cells.map(quoteField).join(',')}\r\n`)
  return UTF8_BOM + lines.join('')
}
