import { readFile } from 'node:fs/promises'
import type { Download, Locator, Page } from '@playwright/test'
import { DEMO_STORE_KEY } from './page-helpers'
import { ADMIN_KEY, serverRecords, viewRecords, type ServerRecord } from './view-oracle'

// The test's own view of an export, written without the app's code: a strict RFC 4180 parser,
// the view computed from the server's records, and the cells a right export holds for them.

export type FullRecord = ServerRecord
export { ADMIN_KEY, serverRecords, viewRecords }

export const COLUMNS = ['id', 'name', 'description', 'type', 'environment', 'status', 'permissions', 'masked_key', 'created', 'updated', 'last_used']

/** RFC 4180, strictly: CRLF between records, quotes only around a whole field, a line break or quote elsewhere is an error. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let wasQuoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c !== '"') field += c
      else if (text[i + 1] === '"') field += text[++i]
      else quoted = false
    } else if (c === '"' && field === '' && !wasQuoted) {
      quoted = wasQuoted = true
    } else if (c === ',') {
      row.push(field)
      field = ''
      wasQuoted = false
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      wasQuoted = false
      i++
    } else if (c === '"' || c === '\r' || c === '\n' || wasQuoted) {
      throw new Error(`Not RFC 4180 at ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))}`)
    } else {
      field += c
    }
  }
  if (quoted) throw new Error('Unterminated quoted field')
  if (field !== '' || row.length > 0) throw new Error('The last record has no CRLF')
  return rows
}

const neutralise = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)
const utc = (time: string | null) => (time === null ? null : new Date(time).toISOString())

/** The row a right CSV export holds for a record. */
export function csvRow(r: FullRecord): string[] {
  const permissions = r.permissions.length === 0 ? '*' : r.permissions.join(' ')
  const text = [r.id, r.name ?? '', r.description ?? '', r.key_type, r.environment ?? '', r.status, permissions, r.api_key].map(neutralise)
  return [...text, utc(r.create_time) ?? '', utc(r.update_time) ?? '', utc(r.last_used_at) ?? '']
}

/** The object a right JSON export holds for a record. */
export function jsonRecord(r: FullRecord): Record<string, unknown> {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    type: r.key_type,
    environment: r.environment,
    status: r.status,
    permissions: r.permissions,
    masked_key: r.api_key,
    created: utc(r.create_time),
    updated: utc(r.update_time),
    last_used: utc(r.last_used_at),
  }
}

/** The demo's records, from its store in the browser. */
export async function demoRecords(page: Page): Promise<FullRecord[]> {
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, DEMO_STORE_KEY)
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as FullRecord[], DEMO_STORE_KEY)
}

/** Today in the browser's time zone, as the file name has it. */
export function today(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date()
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  })
}

export const exportButton = (page: Page): Locator => page.getByRole('button', { name: 'Export', exact: true }).first()
export const exportDialog = (page: Page): Locator => page.getByRole('dialog')
export const exportProgress = (page: Page): Locator => exportDialog(page).getByRole('status').filter({ hasText: /^Reading keys…/ })

/** Opens the export, chooses the format, starts it: the download it ends with. */
export async function runExport(page: Page, format: 'CSV' | 'JSON'): Promise<Download> {
  await exportButton(page).click()
  await exportDialog(page).getByRole('radio', { name: format }).check()
  const download = page.waitForEvent('download')
  await exportDialog(page).getByRole('button', { name: 'Export', exact: true }).click()
  return download
}

/** The downloaded file's text, byte order mark and all. */
export async function downloadedText(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8')
}

/** Every download the page starts from now on. */
export function recordDownloads(page: Page): Download[] {
  const downloads: Download[] = []
  page.on('download', (download) => downloads.push(download))
  return downloads
}
