import { readApiKey, type ApiKey } from '../api/api-key-schema'

/** A key as the app reads it from `raw`, for tests; throws when `raw` has no usable id. */
export function keyFrom(raw: object): ApiKey {
  const key = readApiKey(raw)
  if (!key) throw new Error(`No usable id in ${JSON.stringify(raw)}`)
  return key
}
