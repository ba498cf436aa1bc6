import { KEY_STATUSES } from '../../../api/enums'
import { compileFilter } from '../../../api/filter'
import { toListParams, quote } from './list-params'
import { DEFAULT_VIEW } from './list-view'

const NOW = Date.parse('2026-11-26T12:34:56Z')

describe('the request a view sends', () => {
  it('always names the statuses, since the API returns only ACTIVE keys without them', () => {
    expect(toListParams(DEFAULT_VIEW, NOW)).toEqual({
      statuses: KEY_STATUSES,
      environment: undefined,
      filter: undefined,
      orderBy: undefined,
      pageSize: 20,
      pageToken: undefined,
    })
    expect(toListParams({ ...DEFAULT_VIEW, statuses: ['REVOKED', 'ACTIVE'] }, NOW).statuses).toEqual(['ACTIVE', 'REVOKED'])
  })

  it('sends the environment as its own parameter', () => {
    expect(toListParams({ ...DEFAULT_VIEW, environment: 'PRODUCTION' }, NOW)).toMatchObject({ environment: 'PRODUCTION', filter: undefined })
  })

  it('turns search, type and last use into one AIP-160 expression', () => {
    const params = toListParams({ ...DEFAULT_VIEW, search: 'ci', type: 'SERVICE', lastUsed: 'never' }, NOW)
    expect(params.filter).toBe('name:"ci" AND key_type = "SERVICE" AND last_used_at = null')
  })

  it('counts "not used in N days" from the hour, and includes keys never used', () => {
    expect(toListParams({ ...DEFAULT_VIEW, lastUsed: 'unused_90d' }, NOW).filter).toBe('(last_used_at < "2026-08-28T12:00:00.000Z" OR last_used_at = null)')
    expect(toListParams({ ...DEFAULT_VIEW, lastUsed: 'unused_30d' }, NOW).filter).toBe('(last_used_at < "2026-10-27T12:00:00.000Z" OR last_used_at = null)')
    expect(toListParams({ ...DEFAULT_VIEW, lastUsed: 'used_24h' }, NOW).filter).toBe('last_used_at >= "2026-11-25T12:00:00.000Z"')
  })

  it('keeps the request identical within the hour, so paging is not reset by the clock', () => {
    const view = { ...DEFAULT_VIEW, lastUsed: 'unused_30d' as const }
    expect(toListParams(view, NOW)).toEqual(toListParams(view, NOW + 20 * 60_000))
  })

  it('escapes quotes and backslashes in the search so any name can be searched', () => {
    expect(quote('say "hi" \\o/')).toBe('"say \\"hi\\" \\\\o/"')
    const params = toListParams({ ...DEFAULT_VIEW, search: 'a "b" \\c' }, NOW)
    // The mock's parser (the server's grammar) reads it back as the same text.
    const matches = compileFilter(params.filter ?? '')
    const record = { name: 'x a "b" \\c y' } as Parameters<typeof matches>[0]
    expect(matches({ ...record, description: null, key_type: 'SERVICE', environment: 'STAGING', status: 'ACTIVE', permissions: [], create_time: '2026-01-01T00:00:00Z', update_time: null, last_used_at: null, id: 'x' })).toBe(true)
  })

  it('maps sort, page size and token', () => {
    const params = toListParams({ ...DEFAULT_VIEW, sort: { field: 'last_used_at', desc: false }, pageSize: 50, page: 2, cursor: 'tok' }, NOW)
    expect(params).toMatchObject({ orderBy: 'last_used_at asc', pageSize: 50, pageToken: 'tok' })
  })
})
