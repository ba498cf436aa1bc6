import { readListPage, type ListApiKeysResponse } from './list-api-keys'

/** The page read from `json`; fails the test when it is not a page. */
function readPage(json: unknown, limit?: number): ListApiKeysResponse {
  const page = readListPage(json, limit)
  if (!page) throw new Error('not a page')
  return page
}

const row = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  organization_id: 'org_1',
  api_key: '****-****-****-o5p6',
  key_type: 'SERVICE',
  environment: 'PRODUCTION',
  status: 'ACTIVE',
  name: `Key ${id}`,
  description: null,
  permissions: [],
  create_time: '2026-01-01T00:00:00Z',
  update_time: null,
  last_used_at: null,
  ...extra,
})

describe('readListPage', () => {
  it('reads a normal page with no rows left out', () => {
    const page = readPage({ api_keys: [row('A'), row('B')], next_page_token: 'tok', total_count: 2 })
    expect(page).toEqual({ api_keys: [row('A'), row('B')], next_page_token: 'tok', total_count: 2, rows_without_id: 0, repeated_ids: 0, rows_past_page_size: 0 })
  })

  it('keeps odd rows, leaves out rows without a usable id, and counts them', () => {
    const { name: _name, description: _description, permissions: _permissions, api_key: _apiKey, ...sparse } = row('ODD')
    const page = readPage({
      api_keys: [
        row('A'),
        sparse,
        row('', { name: 'empty id' }),
        { ...row('X'), id: undefined },
        row('B', { status: 'ROTATING', permissions: 'all', create_time: 'yesterday' }),
        { ...row('Y'), id: 42 },
        null,
        row('C'),
      ],
      next_page_token: '',
      total_count: 8,
    })
    expect(page.api_keys.map((k) => k.id)).toEqual(['A', 'ODD', 'B', 'C'])
    expect(page.rows_without_id).toBe(4)
    expect(page.next_page_token).toBeNull()
    expect(page.total_count).toBe(8)
    const odd = page.api_keys[1]
    expect(odd).toMatchObject({ id: 'ODD', status: 'ACTIVE', key_type: 'SERVICE' })
    expect(odd?.name).toBeUndefined()
    expect(odd?.permissions).toBeUndefined()
    expect(page.api_keys[2]).toMatchObject({ status: 'ROTATING', permissions: undefined, create_time: undefined })
  })

  it('keeps the page’s unknown extra fields', () => {
    expect(readPage({ api_keys: [], next_page_token: null, total_count: 0, region: 'eu' })).toMatchObject({ region: 'eu', rows_without_id: 0 })
  })

  it('still refuses a page that is not a page', () => {
    expect(readListPage({ api_keys: 'none', total_count: 0 })).toBeUndefined()
    expect(readListPage({ api_keys: [], total_count: -1 })).toBeUndefined()
    expect(readListPage({ api_keys: [], total_count: 1.5 })).toBeUndefined()
    expect(readListPage({ api_keys: [] })).toBeUndefined()
    expect(readListPage({ api_keys: [], total_count: 0, next_page_token: 7 })).toBeUndefined()
    expect(readListPage([])).toBeUndefined()
    expect(readListPage(null)).toBeUndefined()
  })

  it('keeps one row per id, counting the repeats apart from rows without an id', () => {
    const page = readPage({ api_keys: [row('A'), row('B'), row('A', { name: 'again' }), row('A'), { ...row('X'), id: 7 }], next_page_token: null, total_count: 5 })
    expect(page.api_keys.map((k) => k.id)).toEqual(['A', 'B'])
    expect(page.api_keys[0]?.name).toBe('Key A')
    expect(page.repeated_ids).toBe(2)
    expect(page.rows_without_id).toBe(1)
  })

  it('keeps no more rows than the page asked for, and never reads the rest', () => {
    let touched = 0
    // A row that counts every look at it: rows past the page size must not be looked at.
    const watched = (id: string) => new Proxy(row(id), { get: (target, field, receiver) => (touched++, Reflect.get(target, field, receiver)) })
    const rows = Array.from({ length: 10_000 }, (_, i) => (i < 3 ? row(`K${i}`) : watched(`K${i}`)))
    const page = readPage({ api_keys: rows, next_page_token: 'next', total_count: 10_000 }, 3)
    expect(page.api_keys.map((k) => k.id)).toEqual(['K0', 'K1', 'K2'])
    expect(page.rows_past_page_size).toBe(9_997)
    expect(touched).toBe(0)
  })
})
