import * as z from 'zod/mini'
import { apiKeyRecordSchema, type ApiKeyRecord } from '../api/api-key-schema'
import { DEFAULT_MOCK_DIALECT, MOCK_DIALECTS } from './dialect'
import { DEFAULT_SEED_COUNT } from './seed'
import { DEMO_SAVED_KEYS_MAX, MAX_SEED_COUNT } from './limits'
import type { MockSettings } from './settings'

// Only the mock's masked records and the demo's settings are kept: a secret never is.
const STORE_KEY = 'coval-demo-store:v1'
const SETTINGS_KEY = 'coval-demo-settings:v1'

const settingsSchema = z.object({
  dialect: z.enum(MOCK_DIALECTS),
  seedCount: z.int().check(z.minimum(0), z.maximum(MAX_SEED_COUNT)),
  /** Big demos only: the time their seed was made for, from which a reload makes the same keys. */
  seedTime: z.optional(z.iso.datetime()),
})
export type SavedSettings = z.infer<typeof settingsSchema>

const DEFAULT_SETTINGS: SavedSettings = { dialect: DEFAULT_MOCK_DIALECT, seedCount: DEFAULT_SEED_COUNT }

/** Whether a demo of `seedCount` keys keeps its records (and so its changes) across a reload. */
export function keepsRecords(seedCount: number): boolean {
  return seedCount <= DEMO_SAVED_KEYS_MAX
}

function read<T>(key: string, schema: z.ZodMiniType<T>): T | undefined {
  try {
    const raw = localStorage.getItem(key)
    if (raw === null) return undefined
    const parsed = schema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

export function loadSettings(): SavedSettings {
  return read(SETTINGS_KEY, settingsSchema) ?? DEFAULT_SETTINGS
}

/** The saved records, unless the settings say the demo is too big to keep them. */
export function loadRecords(settings: SavedSettings): ApiKeyRecord[] | undefined {
  return keepsRecords(settings.seedCount) ? read(STORE_KEY, z.array(apiKeyRecordSchema)) : undefined
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
