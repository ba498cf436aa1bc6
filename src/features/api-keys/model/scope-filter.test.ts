import { filterScopes, scopeCount } from './scope-filter'

const scopes = ['runs:read', 'runs:write', 'agents:read', 'Reports:delete']

describe('filterScopes', () => {
  it('keeps every scope for an empty or blank query', () => {
    expect(filterScopes(scopes, '')).toBe(scopes)
    expect(filterScopes(scopes, '   ')).toBe(scopes)
  })

  it('keeps the scopes holding the text, in any case, in the order sent', () => {
    expect(filterScopes(scopes, 'READ')).toEqual(['runs:read', 'agents:read'])
    expect(filterScopes(scopes, ' reports: ')).toEqual(['Reports:delete'])
    expect(filterScopes(scopes, 'traces')).toEqual([])
  })
})

describe('scopeCount', () => {
  it('says how many of how many are shown', () => {
    expect(scopeCount(400, 400)).toBe('400 scopes')
    expect(scopeCount(12, 400)).toBe('12 of 400 scopes')
    expect(scopeCount(0, 1)).toBe('0 of 1 scope')
  })
})
