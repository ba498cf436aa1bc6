import * as z from 'zod/mini'
import { isInstant } from './filter/instant'
import { ENVIRONMENTS, KEY_STATUSES, KEY_TYPES, environmentSchema, keyStatusSchema, keyTypeSchema, tolerantEnum } from './enums'

export const NAME_MAX = 200
export const DESCRIPTION_MAX = 2000
export const REASON_MAX = 2000

// RFC 3339 with an offset and a date that exists: the one reading the table, sort, filters and export share.
const timestamp = z.string().check(z.refine(isInstant))

/** Fields whose malformed value is shown as unknown, with what was sent, rather than as missing. */
export const CHECKED_FIELDS = ['key_type', 'environment', 'status', 'create_time', 'update_time', 'last_used_at'] as const
export type CheckedField = (typeof CHECKED_FIELDS)[number]

/** A field a row can do without: missing, or of the wrong shape, it reads as missing (undefined). */
function optional<T extends z.core.SomeType>(schema: T) {
  return z.catch(z.optional(schema), undefined)
}

/** The same for a field whose null means something (never used, no name): null stays null. */
function nullish<T extends z.core.SomeType>(schema: T) {
  return z.catch(z.nullish(schema), undefined)
}

/**
 * An API key as the server sends it. Only `id` is required: one odd row must not hide the page,
 * so every other field may be missing (undefined). Unknown extra fields pass; unknown enum values are kept.
 */
export const apiKeySchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  organization_id: optional(z.string()),
  api_key: optional(z.string()),
  key_type: optional(tolerantEnum(KEY_TYPES)),
  environment: nullish(tolerantEnum(ENVIRONMENTS)),
  status: optional(tolerantEnum(KEY_STATUSES)),
  name: nullish(z.string()),
  description: nullish(z.string()),
  permissions: optional(z.array(z.string())),
  create_time: optional(timestamp),
  update_time: nullish(timestamp),
  last_used_at: nullish(timestamp),
  /** Set by `readApiKey`, never taken from the server: what a field sent that could not be read. */
  unreadable: optional(z.partialRecord(z.enum(CHECKED_FIELDS), z.string())),
})
export type ApiKey = z.infer<typeof apiKeySchema>

const rawRow = z.record(z.string(), z.unknown())

/** A sent value as text: strings as they are, anything else as its JSON. */
function sentText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
}

/** The checked fields the server sent (not null) that the schema had to drop, with what was sent. */
function unreadableFields(raw: Record<string, unknown>, key: ApiKey): ApiKey['unreadable'] {
  const found: Partial<Record<CheckedField, string>> = {}
  for (const field of CHECKED_FIELDS) {
    const sent = raw[field]
    if (sent !== undefined && sent !== null && key[field] === undefined) found[field] = sentText(sent)
  }
  return Object.keys(found).length > 0 ? found : undefined
}

/**
 * One row as the page keeps it, or undefined without a usable id. A malformed timestamp reads as
 * missing (never as a guessed time) and is remembered in `unreadable`, so the page can say so.
 */
export function readApiKey(raw: unknown): ApiKey | undefined {
  const parsed = apiKeySchema.safeParse(raw)
  const fields = rawRow.safeParse(raw)
  if (!parsed.success || !fields.success) return undefined
  // A server's own field of that name is not ours to trust.
  const { unreadable: _sent, ...key } = parsed.data
  const unreadable = unreadableFields(fields.data, key)
  return unreadable ? { ...key, unreadable } : key
}

/** `readApiKey` as a schema, for answers that hold one key. */
export const apiKeyRowSchema = z.pipe(
  z.unknown(),
  z.transform((raw, ctx) => {
    const key = readApiKey(raw)
    if (key === undefined) ctx.issues.push({ code: 'custom', message: 'An API key without an id', input: raw })
    return key ?? z.NEVER
  }),
)

/** The strict shape the mock stores: every enum known, every field set; the environment may be absent, as on create. */
export const apiKeyRecordSchema = z.object({
  id: z.string().check(z.regex(/^[0-9A-Z]{26}$/)),
  organization_id: z.string(),
  api_key: z.string(),
  key_type: keyTypeSchema,
  environment: z.nullable(environmentSchema),
  status: keyStatusSchema,
  name: z.nullable(z.string()),
  description: z.nullable(z.string()),
  permissions: z.array(z.string()),
  create_time: timestamp,
  update_time: z.nullable(timestamp),
  last_used_at: z.nullable(timestamp),
})
export type ApiKeyRecord = z.infer<typeof apiKeyRecordSchema>
