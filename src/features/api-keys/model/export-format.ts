import { CHECKED_FIELDS, type ApiKey, type CheckedField } from '../../../api/api-key-schema'
import { parseInstant } from '../../../api/filter/instant'
import { sentUnreadable } from './unreadable-value'

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
  /** Only on a key with values the server sent but nobody can read: each column's value as sent. */
  readonly unreadable?: Readonly<Partial<Record<ExportColumn, string>>>
}

export type ExportColumn = (typeof EXPORT_COLUMNS)[number]

/** The export's column of each field the page may find unreadable. */
const CHECKED_COLUMNS: Record<CheckedField, ExportColumn> = {
  key_type: 'type',
  environment: 'environment',
  status: 'status',
  create_time: 'created',
  update_time: 'updated',
  last_used_at: 'last_used',
}

function unreadableColumns(key: ApiKey): ExportRecord['unreadable'] {
  const found: Partial<Record<ExportColumn, string>> = {}
  for (const field of CHECKED_FIELDS) {
    const sent = sentUnreadable(key, field)
    if (sent !== undefined) found[CHECKED_COLUMNS[field]] = sent
  }
  return Object.keys(found).length > 0 ? found : undefined
}

/** What a CSV cell says of a value that could not be read, as the table's "Unknown" and its hint do. */
export const unknownCell = (sent: string) => `unknown (sent: ${sent})`

/** Excel, Numbers and Google Sheets read a UTF-8 CSV as UTF-8 (not the system code page) only after this mark. */
export const UTF8_BOM = '\uFEFF'

/** ISO 8601 in UTC with milliseconds, or null unless the value is RFC 3339 with an offset and a real date. */
function toUtc(value: string): string | null {
  const nanos = parseInstant(value)
  return nanos === null ? null : new Date(Number(nanos / 1_000_000n)).toISOString()
}

/** A timestamp for JSON: UTC when readable, else null (what was sent is under `unreadable`). */
function jsonTime(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  return toUtc(value)
}

export function toExportRecord(key: ApiKey): ExportRecord {
  const record: ExportRecord = {
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
  const unreadable = unreadableColumns(key)
  return unreadable ? { ...record, unreadable } : record
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

/** A checked cell: a readable value as `read` writes it; an unreadable one says so, with what was sent. */
function csvChecked(key: ApiKey, field: CheckedField, read: (value: string) => string | null): string {
  const value = key[field]
  const sent = sentUnreadable(key, field)
  if (sent !== undefined) return neutralise(unknownCell(sent))
  if (value === null || value === undefined) return ''
  return read(value) ?? neutralise(unknownCell(value))
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
    csvChecked(key, 'key_type', neutralise),
    csvChecked(key, 'environment', neutralise),
    csvChecked(key, 'status', neutralise),
    permissionsCell(key.permissions),
    text(key.api_key),
    csvChecked(key, 'create_time', toUtc),
    csvChecked(key, 'update_time', toUtc),
    csvChecked(key, 'last_used_at', toUtc),
  ]
}

/** RFC 4180 CSV with a header row and CRLF after every record, behind a UTF-8 byte order mark. */
export function toCsv(keys: readonly ApiKey[]): string {
  const lines = [EXPORT_COLUMNS, ...keys.map(csvRow)].map((cells) => `${cells.map(quoteField).join(',')}\r\n`)
  return UTF8_BOM + lines.join('')
}
