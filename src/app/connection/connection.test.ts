// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultBaseUrl, loadRememberedConnection } from './connection'

const SESSION_KEY = 'coval-connection'

afterEach(() => {
  sessionStorage.clear()
  vi.unstubAllEnvs()
})

describe('loadRememberedConnection', () => {
  it.each(['//evil.example', '/\\evil.example', 'javascript:alert(1)', 'https://u:p@evil.example', 'ftp://files.example'])(
    'does not restore, and forgets, a key stored for %j',
    (baseUrl) => {
      sessionStorage.setItem(SESSION_KEY, JSON.stringify({ baseUrl, apiKey: 'stored-admin-key' }))
      expect(loadRememberedConnection()).toBeNull()
      expect(sessionStorage.getItem(SESSION_KEY)).toBeNull()
    },
  )

  it('restores a key stored for an allowed base URL', () => {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify({ baseUrl: '/api-proxy/', apiKey: 'stored-admin-key' }))
    expect(loadRememberedConnection()).toEqual({ baseUrl: '/api-proxy', apiKey: 'stored-admin-key', remember: true })
  })
})

describe('defaultBaseUrl', () => {
  it('offers the deployment’s preset only where the key may go', () => {
    vi.stubEnv('VITE_API_PROXY_TARGET', '')
    vi.stubEnv('VITE_API_BASE_URL', '//evil.example')
    expect(defaultBaseUrl()).toBe('https://api.coval.dev')
    vi.stubEnv('VITE_API_BASE_URL', 'https://gateway.example/coval')
    expect(defaultBaseUrl()).toBe('https://gateway.example/coval')
  })
})
