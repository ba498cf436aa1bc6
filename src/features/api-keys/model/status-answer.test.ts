import { otherAnswerDetail, otherAnswerOf, otherAnswerShort, otherAnswerTitle } from './status-answer'

describe('otherAnswerOf', () => {
  it('is null when the server made the asked change, or sent no status', () => {
    expect(otherAnswerOf('SUSPENDED', 'ACTIVE', { status: 'SUSPENDED' })).toBeNull()
    expect(otherAnswerOf('SUSPENDED', 'ACTIVE', {})).toBeNull()
    expect(otherAnswerOf('SUSPENDED', 'ACTIVE', undefined)).toBeNull()
  })

  it('tells a key kept as it was from a key moved to a third status', () => {
    expect(otherAnswerOf('SUSPENDED', 'ACTIVE', { status: 'ACTIVE' })).toEqual({ kind: 'kept', status: 'ACTIVE' })
    expect(otherAnswerOf('SUSPENDED', 'ACTIVE', { status: 'REVOKED' })).toEqual({ kind: 'other', status: 'REVOKED' })
    expect(otherAnswerOf('ACTIVE', 'EXPIRED', { status: 'EXPIRED' })).toEqual({ kind: 'kept', status: 'EXPIRED' })
    expect(otherAnswerOf('REVOKED', 'SUSPENDED', { status: 'ARCHIVED' })).toEqual({ kind: 'other', status: 'ARCHIVED' })
  })
})

describe('the words', () => {
  it('say what the server says, not what was asked', () => {
    expect(otherAnswerTitle('Billing', { kind: 'kept', status: 'ACTIVE' })).toBe('The server kept Billing Active')
    expect(otherAnswerTitle('Billing', { kind: 'other', status: 'REVOKED' })).toBe('Billing is now Revoked')
    expect(otherAnswerTitle('Billing', { kind: 'other', status: 'ARCHIVED' })).toBe('Billing is now Unknown (ARCHIVED)')
    expect(otherAnswerShort({ kind: 'kept', status: 'ACTIVE' })).toBe('kept Active')
    expect(otherAnswerShort({ kind: 'other', status: 'REVOKED' })).toBe('now Revoked')
    expect(otherAnswerDetail('SUSPENDED', { kind: 'kept', status: 'ACTIVE' })).toBe('You asked for Suspended; the server answered that nothing changed.')
    expect(otherAnswerDetail('SUSPENDED', { kind: 'other', status: 'REVOKED' })).toBe('You asked for Suspended; the server answered Revoked instead.')
  })
})
