// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { connectionEndedByReload, defaultBaseUrl, forgetConnection, loadRememberedConnection, saveConnection } from './connection'

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

describe('connectionEndedByReload', () => {
  it('names the server a key kept in memory only was connected to, never the key', () => {
    saveConnection({ baseUrl: 'https://api.example.com', apiKey: 'memory-only-key', remember: false })
    expect(connectionEndedByReload()).toBe('https://api.example.com')
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('memory-only-key')
  })

  it('is null when the key is remembered (the reload keeps the connection), after a disconnect, and for a refused URL', () => {
    saveConnection({ baseUrl: 'https://api.example.com', apiKey: 'remembered-key', remember: true })
    expect(connectionEndedByReload()).toBeNull()
    forgetConnection()
    expect(connectionEndedByReload()).toBeNull()
    sessionStorage.setItem('coval-connected-to', '//evil.example')
    expect(connectionEndedByReload()).toBeNull()
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
