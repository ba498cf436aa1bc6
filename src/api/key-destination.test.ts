// @vitest-environment jsdom
import { ApiError } from './api-error'
import { apiRequest, createApiClient, sameOriginAsConnection } from './http-client'

// jsdom's page origin is http://localhost:3000 (vitest's default).
const ORIGIN = window.location.origin

function recordingFetch() {
  const calls: { url: string; key: string | null }[] = []
  const send: typeof fetch = async (input, init) => {
    calls.push({ url: String(input), key: new Headers(init?.headers).get('x-api-key') })
    return new Response(null, { status: 204 })
  }
  return { calls, send }
}

describe('the API client as the last line of defence', () => {
  it.each(['//evil.example', '/\\evil.example', '/\t/evil.example', 'https://user:pass@evil.example', 'javascript:alert(1)', 'https:/evil.example'])(
    'never sends the key for base URL %j',
    async (baseUrl) => {
      const { calls, send } = recordingFetch()
      const api = createApiClient({ baseUrl, apiKey: 'admin-key-never-sent', fetch: send })
      const error = await apiRequest(api, { method: 'DELETE', path: '/v1/api-keys/X' }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ApiError)
      expect(error).toMatchObject({ code: 'KEY_WITHHELD' })
      expect(calls).toEqual([])
    },
  )

  it('sends the key to a path on this origin and to the URL’s own origin', async () => {
    const { calls, send } = recordingFetch()
    await apiRequest(createApiClient({ baseUrl: '/api-proxy', apiKey: 'k1', fetch: send }), { method: 'DELETE', path: '/v1/api-keys/X' })
    await apiRequest(createApiClient({ baseUrl: 'https://api.coval.dev', apiKey: 'k2', fetch: send }), { method: 'DELETE', path: '/v1/api-keys/Y' })
    expect(calls).toEqual([
      { url: '/api-proxy/v1/api-keys/X', key: 'k1' },
      { url: 'https://api.coval.dev/v1/api-keys/Y', key: 'k2' },
    ])
  })

  it('compares where a URL resolves with the origin its base URL names', () => {
    expect(sameOriginAsConnection('/api-proxy/v1/api-keys', '/api-proxy')).toBe(true)
    expect(sameOriginAsConnection(`${ORIGIN}/x`, '/api-proxy')).toBe(true)
    expect(sameOriginAsConnection('https://evil.example/v1', 'https://api.coval.dev')).toBe(false)
    expect(sameOriginAsConnection('//evil.example/v1', '/api-proxy')).toBe(false)
  })
})
