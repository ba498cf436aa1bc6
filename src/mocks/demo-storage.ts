import { readApiKeyRecord, type ApiKeyRecord } from '../api/api-key-schema'
import { isInstant } from '../api/filter/instant'
import { isRecord, isWholeNumber } from '../api/read-json'
import { DEFAULT_MOCK_DIALECT, isMockDialect, type MockDialect } from './dialect'
import { DEFAULT_SEED_COUNT } from './seed'
import { DEMO_SAVED_KEYS_MAX, MAX_SEED_COUNT } from './limits'
import type { MockSettings } from './settings'

// Only the mock's masked records and the demo's settings are kept: a secret never is.
const STORE_KEY = 'coval-demo-store:v1'
const SETTINGS_KEY = 'coval-demo-settings:v1'

export interface SavedSettings {
  dialect: MockDialect
  seedCount: number
  /** Big demos only: the time their seed was made for, from which a reload makes the same keys. */
  seedTime?: string
}

function readSettings(value: unknown): SavedSettings | undefined {
  if (!isRecord(value)) return undefined
  const { dialect, seedCount, seedTime } = value
  if (!isMockDialect(dialect) || !isWholeNumber(seedCount, 0, MAX_SEED_COUNT)) return undefined
  if (seedTime === undefined) return { dialect, seedCount }
  // As toISOString writes it: UTC, with a Z.
  return typeof seedTime === 'string' && seedTime.endsWith('Z') && isInstant(seedTime) ? { dialect, seedCount, seedTime } : undefined
}

/** Every record, or undefined when any is not as the demo saves it. */
function readRecords(value: unknown): ApiKeyRecord[] | undefined {
  if (!Array.isArray(value)) return undefined
  const records: ApiKeyRecord[] = []
  for (const item of value) {
    const record = readApiKeyRecord(item)
    if (!record) return undefined
    records.push(record)
  }
  return records
}

const DEFAULT_SETTINGS: SavedSettings = { dialect: DEFAULT_MOCK_DIALECT, seedCount: DEFAULT_SEED_COUNT }

/** Whether a demo of `seedCount` keys keeps its records (and so its changes) across a reload. */
export function keepsRecords(seedCount: number): boolean {
  return seedCount <= DEMO_SAVED_KEYS_MAX
}

function read<T>(key: string, readValue: (value: unknown) => T | undefined): T | undefined {
  try {
    const raw = localStorage.getItem(key)
    if (raw === null) return undefined
    return readValue(JSON.parse(raw))
  } catch {
    return undefined
  }
}

export function loadSettings(): SavedSettings {
  return read(SETTINGS_KEY, readSettings) ?? DEFAULT_SETTINGS
}

/** The saved records, unless the settings say the demo is too big to keep them. */
export function loadRecords(settings: SavedSettings): ApiKeyRecord[] | undefined {
  return keepsRecords(settings.seedCount) ? read(STORE_KEY, readRecords) : undefined
}

/**
 * Saves the settings, and the records when there are few enough: 10,000 keys are megabytes, so a
 * big demo keeps only its seed's time and a reload regenerates the very same keys (changes are lost).
 */
export function saveDemo(settings: MockSettings, records: () => readonly ApiKeyRecord[], seedTime: Date): void {
  const keep = keepsRecords(settings.seedCount)
  const saved: SavedSettings = keep ? { ...settings } : { ...settings, seedTime: seedTime.toISOString() }
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(saved))
    if (keep) localStorage.setItem(STORE_KEY, JSON.stringify(records()))
    else localStorage.removeItem(STORE_KEY)
  } catch {
    // Storage full or blocked: the demo still works, it just will not survive a reload.
  }
}

/**
 * Calls `onChange` when another tab of this demo saves its keys or its settings (the browser's
 * storage event, which the saving tab itself does not get). Returns the unsubscribe.
 */
export function watchOtherTabs(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    // null: the other tab cleared the whole storage.
    if (event.storageArea !== localStorage || (event.key !== STORE_KEY && event.key !== SETTINGS_KEY && event.key !== null)) return
    onChange()
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}
