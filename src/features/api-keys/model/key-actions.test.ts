import { availableActions, confirmationPhrase, keyDisplayName } from './key-actions'
import { permissionsSummary } from './labels'

describe('the lifecycle as actions', () => {
  it('offers only what each status allows', () => {
    expect(availableActions({ status: 'ACTIVE' })).toEqual(['suspend', 'revoke', 'delete'])
    expect(availableActions({ status: 'SUSPENDED' })).toEqual(['reactivate', 'revoke', 'delete'])
    expect(availableActions({ status: 'EXPIRED' })).toEqual(['reactivate', 'revoke', 'delete'])
    expect(availableActions({ status: 'REVOKED' })).toEqual(['delete'])
  })

  it('offers nothing but delete for a status this client does not know', () => {
    expect(availableActions({ status: 'ROTATING' })).toEqual(['delete'])
  })

  it('asks for the name, or the id of a key without one', () => {
    expect(confirmationPhrase({ name: '  CI  ', id: 'X' })).toBe('CI')
    expect(confirmationPhrase({ name: null, id: '01ABC' })).toBe('01ABC')
  })

  it('asks for the id of a key whose name is only hidden characters, which cannot be typed', () => {
    expect(confirmationPhrase({ name: '\u200B\u202E', id: '01ABC' })).toBe('01ABC')
    expect(confirmationPhrase({ name: 'CI\u200B', id: '01ABC' })).toBe('CI\u200B')
  })

  it('offers only delete for a key whose status the server left out', () => {
    expect(availableActions({})).toEqual(['delete'])
    expect(availableActions({ status: null })).toEqual(['delete'])
  })
})

describe('a key with fields missing', () => {
  it('is named by its id when it has no name or the server left it out', () => {
    expect(keyDisplayName({ id: '01ABC', name: 'CI' })).toBe('CI')
    expect(keyDisplayName({ id: '01ABC', name: 'Billing \u202Ekrow-ecnanif\u202C sync' })).toBe('Billing ⟨U+202E⟩krow-ecnanif⟨U+202C⟩ sync')
    expect(keyDisplayName({ id: '01ABC', name: null })).toBe('Untitled key 01ABC')
    expect(keyDisplayName({ id: '01ABC' })).toBe('Untitled key 01ABC')
    expect(keyDisplayName({ id: '01ABC', name: '   ' })).toBe('Untitled key 01ABC')
    expect(confirmationPhrase({ id: '01ABC' })).toBe('01ABC')
  })

  it('reads an empty permissions list as full access, a missing one as unknown', () => {
    expect(permissionsSummary([])).toBe('Full access')
    expect(permissionsSummary(undefined)).toBe('—')
    expect(permissionsSummary(['runs:read'])).toBe('1 scope')
  })
})
