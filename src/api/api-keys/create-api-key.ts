import { z } from 'zod'
import { DESCRIPTION_MAX, NAME_MAX, apiKeySchema } from '../api-key-schema'
import { environmentSchema, keyTypeSchema } from '../enums'
import { apiRequest } from '../http-client'
import { isValidScope } from '../scopes'

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** Counts what a person sees as characters (grapheme clusters), so 200 emoji are 200. */
export function visibleLength(text: string): number {
  let count = 0
  for (const _ of graphemes.segment(text)) count++
  return count
}

/** The create payload: the form validates with it, and the request sends what it outputs. */
export const createApiKeyInputSchema = z.object({
  name: z
    .string()
    .trim()
    .refine((v) => v.length > 0, 'Enter a name.')
    .refine((v) => visibleLength(v) <= NAME_MAX, `Use at most ${NAME_MAX} characters.`),
  description: z
    .string()
    .trim()
    .refine((v) => visibleLength(v) <= DESCRIPTION_MAX, `Use at most ${DESCRIPTION_MAX} characters.`)
    .optional(),
  key_type: keyTypeSchema,
  environment: environmentSchema,
  permissions: z.array(z.string().refine(isValidScope, 'Unknown scope.')).optional(),
})
export type CreateApiKeyInput = z.input<typeof createApiKeyInputSchema>
export type CreateApiKeyBody = z.output<typeof createApiKeyInputSchema>

export const createApiKeyResponseSchema = z.looseObject({ api_key: apiKeySchema })
export type CreatedApiKey = z.infer<typeof createApiKeyResponseSchema>['api_key']

/** Returns the new key with its full secret in `api_key`: the only time the API sends it. */
export async function createApiKey(body: CreateApiKeyBody, signal?: AbortSignal): Promise<CreatedApiKey> {
  const response = await apiRequest({ method: 'POST', path: '/v1/api-keys', body, signal, schema: createApiKeyResponseSchema })
  return response.api_key
}
