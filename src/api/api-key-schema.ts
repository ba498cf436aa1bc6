import { z } from 'zod'
import { ENVIRONMENTS, KEY_STATUSES, KEY_TYPES, environmentSchema, keyStatusSchema, keyTypeSchema, tolerantEnum } from './enums'

export const NAME_MAX = 200
export const DESCRIPTION_MAX = 2000
export const REASON_MAX = 2000

const timestamp = z.iso.datetime({ offset: true })

/** An API key as the server sends it. Unknown extra fields pass; unknown enum values are kept. */
export const apiKeySchema = z.looseObject({
  id: z.string().min(1),
  organization_id: z.string(),
  api_key: z.string(),
  key_type: tolerantEnum(KEY_TYPES),
  environment: tolerantEnum(ENVIRONMENTS).nullish(),
  status: tolerantEnum(KEY_STATUSES),
  name: z.string().nullable(),
  description: z.string().nullish(),
  permissions: z.array(z.string()),
  create_time: timestamp,
  update_time: timestamp.nullish(),
  last_used_at: timestamp.nullish(),
})
export type ApiKey = z.infer<typeof apiKeySchema>

/** The strict shape the mock stores and the server promises: every enum known, every field set. */
export const apiKeyRecordSchema = z.object({
  id: z.string().regex(/^[0-9A-Z]{26}$/),
  organization_id: z.string(),
  api_key: z.string(),
  key_type: keyTypeSchema,
  environment: environmentSchema,
  status: keyStatusSchema,
  name: z.string().nullable(),
  description: z.string().nullable(),
  permissions: z.array(z.string()),
  create_time: timestamp,
  update_time: timestamp.nullable(),
  last_used_at: timestamp.nullable(),
})
export type ApiKeyRecord = z.infer<typeof apiKeyRecordSchema>
