// The list endpoint as each of the three servers the mock plays: documented, coval (the default), aip160.
import type { ApiKeyRecord } from '../api/api-key-schema'
import { KEY_STATUSES } from '../api/enums'
import { rawRequest, startMockApiServer } from '../test/mock-api-server'
import type { MockDialect } from './dialect'
import { fold } from '../api/filter/evaluate'

const NOW = new Date('2026-11-26T12:00:00Z')
const mock = startMockApiServer(() => NOW)
const ALL = KEY_STATUSES.join(',')

interface Page {
  api_keys: ApiKeyRecord[]
  next_page_token: string | null
  total_count: number
}
interface Failure {
  error: { code: string; message: string; details: { field: string; description: string }[] }
}

function as(dialect: MockDialect) {
  beforeEach(() => mock.api.setDialect(dialect))
  afterEach(() => mock.api.setDialect('coval'))
}

async function list(params: Record<string, string>): Promise<Page> {
  const response = await rawRequest(`/v1/api-keys?${new URLSearchParams({ status: ALL, page_size: '100', ...params })}`)
  expect(response.status).toBe(200)
  return (await response.json()) as Page
}

async function refusal(params: Record<string, string>): Promise<Failure['error']> {
  const response = await rawRequest(`/v1/api-keys?${new URLSearchParams({ status: ALL, ...params })}`)
  expect(response.status).toBe(400)
  return ((await response.json()) as Failure).error
}

// The test's own orders, not the mock's comparator: ties go to the smaller id, names missing last.
const byId = (a: ApiKeyRecord, b: ApiKeyRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
const newestFirst = (a: ApiKeyRecord, b: ApiKeyRecord) => b.create_time.localeCompare(a.create_time) || byId(a, b)
const names = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
const nameZtoA = (a: ApiKeyRecord, b: ApiKeyRecord) =>
  a.name === null || b.name === null ? (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) || byId(a, b) : -names.compare(a.name, b.name) || byId(a, b)
const stored = (where: (k: ApiKeyRecord) => boolean = () => true): ApiKeyRecord[] => mock.store.all().filter(where)

describe('documented: only status, page_size and page_token', () => {
  as('documented')

  it('ignores environment, filter and order_by, even malformed ones, and answers newest first', async () => {
    const expected = stored().sort(newestFirst).slice(0, 100).map((k) => k.id)
    const ignored: Record<string, string>[] = [
      { environment: 'STAGING', filter: 'key_type = USER', order_by: 'name' },
      { environment: 'MARS', filter: 'name = "ci" AND (status = ACTIVE', order_by: 'colour sideways, ,' },
      { filter: 'NOT name:"a"', order_by: 'last_used_at desc, name' },
    ]
    for (const params of ignored) {
      const page = await list(params)
      expect(page.total_count).toBe(mock.store.size)
      expect(page.api_keys.map((k) => k.id)).toEqual(expected)
    }
  })

  it('still honours status and rejects an unknown one', async () => {
    const page = await list({ status: 'SUSPENDED' })
    expect(page.total_count).toBe(stored((k) => k.status === 'SUSPENDED').length)
    expect((await refusal({ status: 'BROKEN' })).details[0]?.field).toBe('status')
  })

  it('binds a token to the statuses only, as it reads nothing else', async () => {
    const first = await list({ filter: 'name = a', page_size: '10' })
    const token = first.next_page_token ?? ''
    const second = await list({ filter: 'something else entirely', order_by: 'name', page_size: '10', page_token: token })
    expect(second.api_keys.map((k) => k.id)).toEqual(stored().sort(newestFirst).slice(10, 20).map((k) => k.id))
    expect((await refusal({ status: 'ACTIVE', page_token: token })).details[0]?.field).toBe('page_token')
  })
})

describe('coval (the default): environment, Coval filter dialect, one sort field', () => {
  it('is what a new mock plays', () => {
    expect(mock.api.dialect).toBe('coval')
    expect(mock.api.settings()).toEqual({ dialect: 'coval', seedCount: 320 })
  })

  it('honours environment, a filter in its dialect and a one-field order_by', async () => {
    const page = await list({ environment: 'PRODUCTION', filter: 'key_type = SERVICE OR status = REVOKED AND key_type = USER', order_by: '-name' })
    const expected = stored((k) => k.environment === 'PRODUCTION' && (k.key_type === 'SERVICE' || (k.status === 'REVOKED' && k.key_type === 'USER')))
    expect(page.total_count).toBe(expected.length)
    expect(page.api_keys.map((k) => k.id)).toEqual(expected.sort(nameZtoA).slice(0, 100).map((k) => k.id))
    const used = await list({ filter: 'last_used_at >= "2026-11-01T00:00:00Z"', order_by: 'last_used_at asc' })
    const times = used.api_keys.map((k) => k.last_used_at ?? '')
    expect(times.every((t) => t >= '2026-11-01T00:00:00')).toBe(true)
    expect(times).toEqual([...times].sort())
  })

  it('finds one key by id', async () => {
    const [key] = stored()
    const page = await list({ filter: `id = ${key?.id}` })
    expect(page.api_keys.map((k) => k.id)).toEqual([key?.id])
  })

  // Positions counted from 1, as people count them.
  it.each([
    ['name:"ci"', 5],
    ['NOT status = REVOKED', 1],
    ['-status = REVOKED', 1],
    ['(status = ACTIVE)', 1],
    ['status = ACTIVE key_type = USER', 17],
    ['description = "x"', 1],
    ['permissions = "runs:read"', 1],
    ['last_used_at = null', 16],
  ])('refuses %j with a 400 naming filter and the position', async (filter, position) => {
    const error = await refusal({ filter })
    expect(error.code).toBe('INVALID_ARGUMENT')
    expect(error.details[0]?.field).toBe('filter')
    expect(error.message).toContain(`at position ${position}`)
  })

  it.each(['last_used_at desc, name', 'colour', 'name sideways', '-name desc'])('refuses order_by %j with a 400 naming order_by', async (orderBy) => {
    const error = await refusal({ order_by: orderBy })
    expect(error.details[0]?.field).toBe('order_by')
    expect(error.message).toMatch(/at position \d+/)
  })

  it('refuses an unknown environment', async () => {
    expect((await refusal({ environment: 'MARS' })).details[0]?.field).toBe('environment')
  })

  it('binds a token to its filter and to the server that issued it', async () => {
    const first = await list({ filter: 'key_type = SERVICE', page_size: '10' })
    const token = first.next_page_token ?? ''
    await expect(list({ filter: 'key_type = SERVICE', page_size: '10', page_token: token })).resolves.toMatchObject({ total_count: first.total_count })
    expect((await refusal({ filter: 'key_type = USER', page_token: token })).details[0]?.field).toBe('page_token')
    mock.api.setDialect('aip160')
    expect((await refusal({ filter: 'key_type = SERVICE', page_token: token })).details[0]?.field).toBe('page_token')
  })
})

describe('aip160: full AIP-160 filter and AIP-132 order_by', () => {
  as('aip160')

  it('honours what only AIP-160 says: ":", NOT, "-", parentheses, null, several sort fields', async () => {
    const page = await list({ filter: '(name:"ci" OR last_used_at = null) -status = REVOKED', order_by: 'last_used_at desc, name' })
    const expected = stored((k) => (fold(k.name ?? '').includes('ci') || k.last_used_at === null) && k.status !== 'REVOKED')
    expect(page.total_count).toBe(expected.length)
    const key = stored()[3]
    expect((await list({ filter: `id = ${key?.id.slice(0, 20)}*` })).api_keys.map((k) => k.id)).toContain(key?.id)
  })

  it('refuses a malformed filter or order_by, naming it', async () => {
    expect((await refusal({ filter: 'name = "ci" AND (status = ACTIVE' })).details[0]?.field).toBe('filter')
    expect((await refusal({ order_by: '-create_time' })).details[0]?.field).toBe('order_by')
  })
})
