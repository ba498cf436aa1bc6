// The scale phase's set-up: the demo's settings put in localStorage before the app starts, an
// in-page record of when a browser read is over, and each view's answer computed in Node.
import { tsImport } from 'tsx/esm/api'

export const SCALE_SETTINGS_KEY = 'coval-demo-settings:v1'
const HOUR = 3_600_000
const DAY = 24 * HOUR

/**
 * Runs in the page before the app (addInitScript). Stores the demo settings, and watches for the
 * end of the browser's read: rows shown, a count ("of N", not "counting…"), no "Reading keys…"
 * status and the table not busy. The first moment all hold is kept in window.covalScale.
 */
export function scalePageScript({ key, settings, table }) {
  try {
    localStorage.setItem(key, JSON.stringify(settings))
  } catch {
    return // about:blank and other opaque origins have no storage; nothing to measure there
  }
  const rows = () => document.querySelectorAll(`${table} tbody tr`)
  const state = () => ({
    reading: Array.from(document.querySelectorAll('[role="status"]'), (e) => e.textContent ?? '').find((t) => t.startsWith('Reading keys')) ?? null,
    range: document.querySelector('nav[aria-label="Pagination"] p')?.textContent ?? null,
    busy: document.querySelector(table)?.getAttribute('aria-busy') === 'true',
    rows: rows().length,
    alert: Array.from(document.querySelectorAll('[role="alert"]'), (e) => e.textContent?.trim() ?? '').find(Boolean) ?? null,
  })
  let over = null
  let settle
  const done = new Promise((resolve) => { settle = resolve })
  // Watched from the start, so a read that ends with the first rows is timed when it ends.
  const observer = new MutationObserver(() => {
    // Cheap test first: this runs in the measured load, at every DOM change until the read is over.
    if (!document.querySelector(`${table} tbody tr`)) return
    const s = state()
    if (s.rows === 0 || s.reading || s.busy || !/ of [\d,]+$/.test(s.range ?? '')) return
    observer.disconnect()
    over = { at: performance.now(), range: s.range, firstId: rows()[0]?.querySelector('code[title]')?.getAttribute('title') ?? null }
    settle(over)
  })
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] })
  const describe = () => {
    const s = state()
    return `${s.reading ?? 'no "Reading keys…" status'}, pagination "${s.range ?? 'none'}", ${s.rows} rows${s.busy ? ', table busy' : ''}${s.alert ? `, alert "${s.alert}"` : ''}`
  }
  window.covalScale = {
    describe,
    /** The read's end ({ at, range, firstId }, at from navigation start); rejects with what the page shows. */
    readDone: (timeoutMs) => over ?? Promise.race([
      done,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`read not over after ${timeoutMs / 1000} s: ${describe()}`)), timeoutMs)),
    ]),
  }
}

/** The demo's keys, made in Node by the demo's own seed from the same count and seed time. */
export async function referenceKeys({ seedCount, seedTime }) {
  const { createSeed } = await tsImport('../../src/mocks/seed.ts', import.meta.url)
  return createSeed({ now: new Date(seedTime), count: seedCount })
}

// Nulls last in either direction, then the id: the order the contract gives the list.
const order = (field, descending) => (a, b) => {
  if ((a[field] === null) !== (b[field] === null)) return a[field] === null ? 1 : -1
  const d = a[field] === null ? 0 : Date.parse(a[field]) - Date.parse(b[field])
  if (d !== 0) return descending ? -d : d
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

// Both views written out here, not taken from the app's view code, so the check is independent.
// `now` is rounded down to the hour, as the app does for "not used in N days".
export const SCALE_VIEWS = {
  newestFirst: {
    label: 'PRODUCTION + SERVICE, newest first',
    path: '?env=PRODUCTION&type=SERVICE',
    matches: (k) => k.environment === 'PRODUCTION' && k.key_type === 'SERVICE',
    compare: order('create_time', true),
  },
  oldestUnused: {
    label: 'PRODUCTION, not used in 90 days, oldest use first',
    path: '?env=PRODUCTION&used=unused_90d&sort=last_used_at.asc',
    matches: (k, now) => k.environment === 'PRODUCTION' && (k.last_used_at === null || Date.parse(k.last_used_at) < Math.floor(now / HOUR) * HOUR - 90 * DAY),
    compare: order('last_used_at', false),
  },
}

/** The view's first key and its count, over every key of every status (the views name no status). */
export function expectedAnswer(keys, view, now = Date.now()) {
  const rows = keys.filter((k) => view.matches(k, now)).sort(view.compare)
  return { firstId: rows[0]?.id ?? null, total: rows.length }
}
