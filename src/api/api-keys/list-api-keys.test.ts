import { listApiKeysResponseSchema } from './list-api-keys'

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

describe('listApiKeysResponseSchema', () => {
  it('reads a normal page with no rows left out', () => {
    const page = listApiKeysResponseSchema.parse({ api_keys: [row('A'), row('B')], next_page_token: 'tok', total_count: 2 })
    expect(page).toEqual({ api_keys: [row('A'), row('B')], next_page_token: 'tok', total_count: 2, rows_without_id: 0 })
  })

  it('keeps odd rows, leaves out rows without a usable id, and counts them', () => {
    const { name: _name, description: _description, permissions: _permissions, api_key: _apiKey, ...sparse } = row('ODD')
    const page = listApiKeysResponseSchema.parse({
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
    expect(listApiKeysResponseSchema.parse({ api_keys: [], next_page_token: null, total_count: 0, region: 'eu' })).toMatchObject({ region: 'eu', rows_without_id: 0 })
  })

  it('still refuses a page that is not a page', () => {
    expect(listApiKeysResponseSchema.safeParse({ api_keys: 'none', total_count: 0 }).success).toBe(false)
    expect(listApiKeysResponseSchema.safeParse({ api_keys: [], total_count: -1 }).success).toBe(false)
  })
})
