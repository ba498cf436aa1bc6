import * as z from 'zod/mini'
import { REASON_MAX, apiKeyRowSchema, type ApiKey } from '../api-key-schema'
import { keyStatusSchema } from '../enums'
import { apiRequest, type ApiClient } from '../http-client'
import { maxCodePoints } from '../text-length'

export const updateApiKeyStatusInputSchema = z.object({
  status: keyStatusSchema,
  reason: z.optional(z.string().check(z.trim(), maxCodePoints(REASON_MAX))),
})
export type UpdateApiKeyStatusInput = z.input<typeof updateApiKeyStatusInputSchema>

const responseSchema = z.looseObject({ api_key: apiKeyRowSchema })

export async function updateApiKeyStatus(api: ApiClient, id: string, input: UpdateApiKeyStatusInput, signal?: AbortSignal): Promise<ApiKey> {
  const body = updateApiKeyStatusInputSchema.parse(input)
  const response = await apiRequest(api, {
    method: 'PATCH',
    path: `/v1/api-keys/${encodeURIComponent(id)}`,
    body: { status: body.status, ...(body.reason ? { reason: body.reason } : {}) },
    signal,
    schema: responseSchema,
  })
  return response.api_key
}
