import { availableActions, canDo, confirmationPhrase, keyDisplayName, whyNot, whyHeld, whyNotForView } from './key-actions'
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

  it('explains why an action does not fit a selection', () => {
    const keys = [{ status: 'ACTIVE' }, { status: 'REVOKED' }, { status: 'SUSPENDED' }]
    expect(whyNot('delete', keys)).toBeNull()
    // Some keys allow it: the others are skipped (the confirmation counts them), not a reason to refuse all.
    expect(whyNot('suspend', keys)).toBeNull()
    expect(whyNot('revoke', keys)).toBeNull()
    expect(whyNot('reactivate', [...keys, { status: 'EXPIRED' }])).toBeNull()
    expect(whyNot('reactivate', [{ status: 'ACTIVE' }, { status: 'REVOKED' }])).toBe('Not possible for active or revoked keys (2 selected)')
    expect(whyNot('suspend', [])).toBeNull()
    expect(whyNot('suspend', [{ status: 'REVOKED' }, { status: 'EXPIRED' }, { status: 'SUSPENDED' }])).toBe('Not possible for revoked, expired or suspended keys (3 selected)')
    expect(canDo('reactivate', { status: 'ACTIVE' })).toBe(false)
  })

  it('asks for the name, or the id of a key without one', () => {
    expect(confirmationPhrase({ name: '  CI  ', id: 'X' })).toBe('CI')
    expect(confirmationPhrase({ name: null, id: '01ABC' })).toBe('01ABC')
  })

  it('asks for the id of a key whose name is only hidden characters, which cannot be typed', () => {
    expect(confirmationPhrase({ name: '\u200B\u202E', id: '01ABC' })).toBe('01ABC')
    expect(confirmationPhrase({ name: 'CI\u200B', id: '01ABC' })).toBe('CI\u200B')
  })

  it('offers only delete for a key whose status the server left out, and says why for a selection', () => {
    expect(availableActions({})).toEqual(['delete'])
    expect(availableActions({ status: null })).toEqual(['delete'])
    expect(whyNot('suspend', [{ status: 'ACTIVE' }, {}])).toBeNull()
    expect(whyNot('suspend', [{}, { status: null }])).toBe('Not possible for status-unknown keys (2 selected)')
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

describe('a status named like a built-in object property', () => {
  it('is an unknown status in the reason, never code', () => {
    for (const status of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(whyNot('suspend', [{ status }])).toBe(`Not possible for ${status.toLowerCase()} keys (1 selected)`)
    }
  })
})

describe('whyNotForView', () => {
  it('says why only when none of the view’s statuses allows the action; the rest are skipped by the run', () => {
    expect(whyNotForView('reactivate', ['ACTIVE'], 1234)).toBe('Not possible for active keys (all 1,234 matching)')
    expect(whyNotForView('suspend', ['REVOKED', 'SUSPENDED'], null)).toBe('Not possible for revoked or suspended keys (all matching)')
    expect(whyNotForView('reactivate', ['ACTIVE', 'SUSPENDED'], 50)).toBeNull()
    expect(whyNotForView('revoke', ['ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED'], 320)).toBeNull()
    expect(whyNotForView('delete', ['REVOKED'], 3)).toBeNull()
  })
})

describe('whyHeld', () => {
  it('holds a selection while a change to some of its keys waits for the connection, counting them', () => {
    const keys = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
    expect(whyHeld(keys, new Set())).toBeNull()
    expect(whyHeld(keys, new Set(['x']))).toBeNull()
    expect(whyHeld(keys.slice(0, 1), new Set(['a']))).toBe('Not possible while a change waits for the connection (1 selected)')
    expect(whyHeld(keys, new Set(['a', 'c']))).toBe('Not possible while a change waits for the connection (2 of 3 selected)')
  })
})
