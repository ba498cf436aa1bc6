import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../../api/api-error'
import { describeError } from './use-run-key-action'

const forbidden = (message: string) => new ApiError({ kind: 'http', status: 403, code: 'PERMISSION_DENIED', message, details: [], requestId: 'req_42', retryAfterMs: null })

describe('describeError on a 403', () => {
  it('says the missing scope once when the server already named it', () => {
    const text = describeError(forbidden('The API key lacks the api-keys:write permission.'), 'suspend')
    expect(text).toBe('The API key lacks the api-keys:write permission. (Request ID: req_42)')
    expect(text.match(/api-keys:write/g)).toHaveLength(1)
  })

  it('names the scope the action needs when the server did not', () => {
    expect(describeError(forbidden('Forbidden.'), 'delete')).toBe('The API key you connected with lacks the api-keys:delete permission. Forbidden. (Request ID: req_42)')
  })
})
