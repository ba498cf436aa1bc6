import * as z from 'zod/mini'
import { ENVIRONMENTS, KEY_STATUSES, KEY_TYPES, environmentSchema, keyStatusSchema, keyTypeSchema, tolerantEnum } from './enums'

export const NAME_MAX = 200
export const DESCRIPTION_MAX = 2000
export const REASON_MAX = 2000

const timestamp = z.iso.datetime({ offset: true })

/** An API key as the server sends it. Unknown extra fields pass; unknown enum values are kept. */
export const apiKeySchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  organization_id: z.string(),
  api_key: z.string(),
  key_type: tolerantEnum(KEY_TYPES),
  environment: z.nullish(tolerantEnum(ENVIRONMENTS)),
  status: tolerantEnum(KEY_STATUSES),
  name: z.nullable(z.string()),
  description: z.nullish(z.string()),
  permissions: z.array(z.string()),
  create_time: timestamp,
  update_time: z.nullish(timestamp),
  last_used_at: z.nullish(timestamp),
})
export type ApiKey = z.infer<typeof apiKeySchema>

/** The strict shape the mock stores and the server promises: every enum known, every field set. */
export const apiKeyRecordSchema = z.object({
  id: z.string().check(z.regex(/^[0-9A-Z]{26}$/)),
  organization_id: z.string(),
  api_key: z.string(),
  key_type: keyTypeSchema,
  environment: environmentSchema,
  status: keyStatusSchema,
  name: z.nullable(z.string()),
  description: z.nullable(z.string()),
  permissions: z.array(z.string()),
  create_time: timestamp,
  update_time: z.nullable(timestamp),
  last_used_at: z.nullable(timestamp),
})
export type ApiKeyRecord = z.infer<typeof apiKeyRecordSchema>
