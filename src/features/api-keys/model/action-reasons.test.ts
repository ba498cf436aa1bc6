import { whyHeld, whyNot, whyNotForView } from './action-reasons'

describe('whyNot', () => {
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
  })

  it('says why for keys whose status the server left out', () => {
    expect(whyNot('suspend', [{ status: 'ACTIVE' }, {}])).toBeNull()
    expect(whyNot('suspend', [{}, { status: null }])).toBe('Not possible for status-unknown keys (2 selected)')
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
