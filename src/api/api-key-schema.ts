import * as z from 'zod/mini'
import { ENVIRONMENTS, KEY_STATUSES, KEY_TYPES, environmentSchema, keyStatusSchema, keyTypeSchema, tolerantEnum } from './enums'

export const NAME_MAX = 200
export const DESCRIPTION_MAX = 2000
export const REASON_MAX = 2000

const timestamp = z.iso.datetime({ offset: true })

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
})
export type ApiKey = z.infer<typeof apiKeySchema>

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
