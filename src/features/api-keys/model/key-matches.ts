import type { ApiKey } from '../../../api/api-key-schema'

/** How many keys a quick search shows: enough to pick from, short enough to read. */
export const KEY_MATCH_LIMIT = 8

const ULID = /^[0-9A-Za-z]{26}$/

/** The id a search text names, when it has an id's shape (a ULID, typed in either case); else null. */
export function searchedKeyId(text: string): string | null {
  const trimmed = text.trim()
  return ULID.test(trimmed) ? trimmed.toUpperCase() : null
}

/** The exact id match first, then the keys the search found, each once, at most `limit`. */
export function mergeKeyMatches(byId: readonly ApiKey[], bySearch: readonly ApiKey[], limit = KEY_MATCH_LIMIT): ApiKey[] {
  const seen = new Set<string>()
  const merged: ApiKey[] = []
  for (const key of [...byId, ...bySearch]) {
    if (merged.length >= limit) break
    if (seen.has(key.id)) continue
    seen.add(key.id)
    merged.push(key)
  }
  return merged
}
