import { describe, expect, it } from 'vitest'
import type { ApiKeyRecord } from '../api/api-key-schema'
import type { Environment, KeyStatus } from '../api/enums'
import { listParsers } from './list-parsers'
import { needsParsers, readListQuery } from './list-query'
import { MockApiError } from './responses'

const params = (query: string) => new URLSearchParams(query)

describe('needsParsers', () => {
  it('is false for what the first screen sends, and for anything the documented server ignores', () => {
    expect(needsParsers(params('status=ACTIVE&page_size=20'), 'coval')).toBe(false)
    expect(needsParsers(params('environment=PRODUCTION&filter=%20&order_by='), 'aip160')).toBe(false)
    expect(needsParsers(params('filter=key_type%3DSERVICE&order_by=name'), 'documented')).toBe(false)
  })

  it('is true for a filter or an order_by the server reads', () => {
    expect(needsParsers(params('filter=key_type%3DSERVICE'), 'coval')).toBe(true)
    expect(needsParsers(params('order_by=name'), 'aip160')).toBe(true)
  })
})

describe('readListQuery without the parsers', () => {
  it('reads a plain request: the statuses asked, newest first', () => {
    const query = readListQuery(params('status=ACTIVE,SUSPENDED&environment=STAGING'), 'coval', null)
    const record = (id: string, status: KeyStatus, environment: Environment, create_time: string): ApiKeyRecord => ({
      id,
      organization_id: 'org',
      api_key: '****',
      key_type: 'SERVICE',
      environment,
      status,
      name: id,
      description: null,
      permissions: [],
      create_time,
      update_time: null,
      last_used_at: null,
    })
    const selected = query.select([
      record('a', 'ACTIVE', 'STAGING', '2026-01-01T00:00:00Z'),
      record('b', 'SUSPENDED', 'STAGING', '2026-02-01T00:00:00Z'),
      record('c', 'ACTIVE', 'PRODUCTION', '2026-03-01T00:00:00Z'),
      record('d', 'REVOKED', 'STAGING', '2026-04-01T00:00:00Z'),
    ])
    expect(selected.map((r) => r.id)).toEqual(['b', 'a'])
  })

  it('answers the same key as with the parsers, so a page token stays valid either way', () => {
    const plain = readListQuery(params('status=ACTIVE'), 'coval', null)
    expect(readListQuery(params('status=ACTIVE'), 'coval', listParsers).fingerprint).toBe(plain.fingerprint)
  })

  it('names the parameter of a malformed filter with the parsers', () => {
    expect(() => readListQuery(params('filter=name%3D%3D'), 'coval', listParsers)).toThrow(MockApiError)
  })
})
