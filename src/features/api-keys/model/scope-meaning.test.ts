import { groupScopes } from './scope-meaning'

describe('groupScopes', () => {
  it('groups by resource in the catalogue’s order, each scope with what it allows', () => {
    const groups = groupScopes(['api-keys:delete', 'runs:read', 'api-keys:read', 'test-sets:*'])
    expect(groups.map((g) => g.label)).toEqual(['Runs', 'Test sets', 'API keys'])
    expect(groups[2]?.scopes.map((s) => [s.scope, s.allows])).toEqual([
      ['api-keys:read', 'See API keys'],
      ['api-keys:delete', 'Delete API keys'],
    ])
    expect(groups[1]?.scopes[0]?.allows).toBe('Every action on test sets, including ones added later')
  })

  it('keeps scopes it does not know, last, and says so', () => {
    const groups = groupScopes(['billing:read', 'conversations:submit'])
    expect(groups.map((g) => g.label)).toEqual(['Conversations', 'Other scopes'])
    expect(groups[0]?.scopes[0]?.allows).toBe('Submit conversations')
    expect(groups[1]?.scopes[0]).toMatchObject({ scope: 'billing:read', known: false })
  })
})
