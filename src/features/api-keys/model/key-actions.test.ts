import { availableActions, canDo, confirmationPhrase, whyNot } from './key-actions'

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
    expect(whyNot('suspend', keys)).toBe('Not possible for revoked or suspended keys (2 selected)')
    expect(whyNot('revoke', keys)).toBe('Not possible for revoked keys (1 selected)')
    expect(canDo('reactivate', { status: 'ACTIVE' })).toBe(false)
  })

  it('asks for the name, or the id of a key without one', () => {
    expect(confirmationPhrase({ name: '  CI  ', id: 'X' })).toBe('CI')
    expect(confirmationPhrase({ name: null, id: '01ABC' })).toBe('01ABC')
  })
})
