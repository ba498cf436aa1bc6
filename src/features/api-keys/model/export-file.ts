import type { ApiKey } from '../../../api/api-key-schema'
import { exportFileName } from './export-file-name'
import { toCsv, toJson, type ExportFormat } from './export-format'
import type { ListView } from './list-view'

/** A finished export, ready to save. */
export interface ExportFile {
  readonly name: string
  readonly type: string
  readonly text: string
}

const TYPES: Record<ExportFormat, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json' }

/** Every key of a view, whole (or the keys selected from it), as a file named after the view and the day. */
export function buildExportFile(keys: readonly ApiKey[], view: ListView, format: ExportFormat, date: Date, selected = false): ExportFile {
  return { name: exportFileName(view, format, date, selected), type: TYPES[format], text: format === 'csv' ? toCsv(keys) : toJson(keys) }
}
