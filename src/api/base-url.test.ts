import { describe, expect, it } from 'vitest'
import { baseUrlProblem, connectionOrigin, hostOf } from './base-url'

const ORIGIN = 'https://dash.example'

describe('baseUrlProblem', () => {
  it.each([
    'https://api.coval.dev',
    'https://api.coval.dev/',
    'HTTPS://API.Coval.dev/v0',
    'http://127.0.0.1:8787',
    'http://localhost:8787/base',
    'https://[::1]:8443',
    'https://api.coval.dev:443',
    'https://bücher.example',
    '/api-proxy',
    '/api/coval/',
    '/a',
  ])('accepts %s', (value) => {
    expect(baseUrlProblem(value, ORIGIN)).toBeNull()
  })

  it.each([
    ['', 'Enter the API base URL.'],
    ['   ', 'Enter the API base URL.'],
    ['//evil.example', 'Start a path with a single /, such as /api-proxy: // or /\\ sends the key to another host.'],
    ['/\\evil.example', 'Start a path with a single /, such as /api-proxy: // or /\\ sends the key to another host.'],
    ['\\\\evil.example', 'Start a path with a single /, such as /api-proxy: // or /\\ sends the key to another host.'],
    ['\\/evil.example', 'Start a path with a single /, such as /api-proxy: // or /\\ sends the key to another host.'],
    ['///evil.example', 'Start a path with a single /, such as /api-proxy: // or /\\ sends the key to another host.'],
    ['/', 'Enter the path after /, such as /api-proxy, or a full URL.'],
    ['/api\\..\\..\\x', 'Use forward slashes (/) only: browsers read \\ as /.'],
    ['/api?x=1', 'Leave out the query and fragment: just the path, such as /api-proxy.'],
    ['/\t/evil.example', 'Remove the spaces, tabs or line breaks inside the URL.'],
    ['/\n/evil.example', 'Remove the spaces, tabs or line breaks inside the URL.'],
    ['https://api.coval.dev\r\n.evil.example', 'Remove the spaces, tabs or line breaks inside the URL.'],
    ['https://api coval.dev', 'Remove the spaces, tabs or line breaks inside the URL.'],
    ['javascript:alert(1)', 'Use an http:// or https:// URL: a javascript: address cannot receive the admin key.'],
    ['JavaScript:alert(1)', 'Use an http:// or https:// URL: a javascript: address cannot receive the admin key.'],
    ['javascript:1', 'Use an http:// or https:// URL: a javascript: address cannot receive the admin key.'],
    ['data:text/html,<b>x</b>', 'Use an http:// or https:// URL: a data: address cannot receive the admin key.'],
    ['ftp://files.example', 'Use an http:// or https:// URL: a ftp: address cannot receive the admin key.'],
    ['file:///etc/passwd', 'Use an http:// or https:// URL: a file: address cannot receive the admin key.'],
    ['blob:https://dash.example/0b1c', 'Use an http:// or https:// URL: a blob: address cannot receive the admin key.'],
    ['mailto:admin@example.com', 'Use an http:// or https:// URL: a mailto: address cannot receive the admin key.'],
    ['wss://api.coval.dev', 'Use an http:// or https:// URL: a wss: address cannot receive the admin key.'],
    ['api.coval.dev', 'Enter a full URL starting with https://, such as https://api.coval.dev.'],
    ['localhost:8787', 'Enter a full URL starting with https://, such as https://api.coval.dev.'],
    ['api.coval.dev:443/v1', 'Enter a full URL starting with https://, such as https://api.coval.dev.'],
    ['https:evil.example', 'Write two slashes after https:, such as https://api.coval.dev.'],
    ['https:/evil.example', 'Write two slashes after https:, such as https://api.coval.dev.'],
    ['https:\\\\evil.example', 'Use forward slashes (/) only: browsers read \\ as /, which can send the key to another host.'],
    ['https://api.coval.dev\\@evil.example', 'Use forward slashes (/) only: browsers read \\ as /, which can send the key to another host.'],
    ['https:///evil.example', 'Enter a host after https://, such as https://api.coval.dev.'],
    ['https://user:pass@api.coval.dev', 'Leave out the user name and password (user:pass@): the admin key is the only credential, and @ can hide the real host.'],
    ['https://api.coval.dev@evil.example', 'Leave out the user name and password (user:pass@): the admin key is the only credential, and @ can hide the real host.'],
    ['https://:@evil.example', 'Leave out the user name and password (user:pass@): the admin key is the only credential, and @ can hide the real host.'],
    ['https://api.coval.dev/?x=1', 'Leave out the query and fragment: just the base, such as https://api.coval.dev.'],
    ['https://api.coval.dev#top', 'Leave out the query and fragment: just the base, such as https://api.coval.dev.'],
    ['http://0x7f.1:8787', 'This URL leads to 127.0.0.1:8787, not to the host it shows. Write the host as 127.0.0.1:8787.'],
    ['https://api%2ecoval.dev', 'This URL leads to api.coval.dev, not to the host it shows. Write the host as api.coval.dev.'],
    ['https://exa mple', 'Remove the spaces, tabs or line breaks inside the URL.'],
    ['https://[::1', 'Enter a full URL, such as https://api.coval.dev.'],
  ])('refuses %j: %s', (value, reason) => {
    expect(baseUrlProblem(value, ORIGIN)).toBe(reason)
  })
})

describe('connectionOrigin', () => {
  it('is the page’s own origin for a path, and the URL’s for a URL', () => {
    expect(connectionOrigin('/api-proxy', ORIGIN)).toBe(ORIGIN)
    expect(connectionOrigin('https://api.coval.dev/v0', ORIGIN)).toBe('https://api.coval.dev')
  })

  it('is null wherever the key may not go', () => {
    expect(connectionOrigin('//evil.example', ORIGIN)).toBeNull()
    expect(connectionOrigin('https://u:p@api.coval.dev', ORIGIN)).toBeNull()
  })
})

describe('hostOf', () => {
  it('names the host the key goes to, this page’s for a path', () => {
    expect(hostOf('https://api.coval.dev', ORIGIN)).toBe('api.coval.dev')
    expect(hostOf('/api-proxy', ORIGIN)).toBe('dash.example/api-proxy')
  })
})
