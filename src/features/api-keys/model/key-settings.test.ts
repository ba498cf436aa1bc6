import { keyFrom } from '../../../test/api-key'
import { rotatedName, rotationReason, settingsFromKey } from './key-settings'

const key = (fields: object) => keyFrom({ id: '01JBCDEFGHJKMNPQRSTVWXYZ12', ...fields })

describe('settingsFromKey', () => {
  it('carries type, environment, scopes and description, under the name given', () => {
    const carried = settingsFromKey(key({ name: 'CI', key_type: 'USER', environment: 'STAGING', permissions: ['runs:read', 'agents:*'], description: 'For CI' }), 'New')
    expect(carried.values).toEqual({ name: 'New', description: 'For CI', key_type: 'USER', environment: 'STAGING', access: 'RESTRICTED', permissions: ['runs:read', 'agents:*'] })
    expect(carried.droppedScopes).toEqual([])
    expect(carried.unknownFields).toEqual([])
  })

  it('reads an empty list, or "*", as full access', () => {
    expect(settingsFromKey(key({ permissions: [] }), '').values).toMatchObject({ access: 'FULL', permissions: [] })
    expect(settingsFromKey(key({ permissions: ['*'] }), '').values).toMatchObject({ access: 'FULL', permissions: [] })
  })

  it('leaves out scopes the form does not know, and says which', () => {
    const carried = settingsFromKey(key({ permissions: ['runs:read', 'billing:read'] }), '')
    expect(carried.values.permissions).toEqual(['runs:read'])
    expect(carried.droppedScopes).toEqual(['billing:read'])
  })

  it('guesses nothing the key does not say', () => {
    const carried = settingsFromKey(key({ key_type: 'ROBOT', permissions: ['billing:read'] }), '')
    expect(carried.values.key_type).toBeUndefined()
    expect(carried.values.environment).toBeUndefined()
    expect(carried.values.access).toBeUndefined()
    expect(carried.unknownFields).toEqual(['type', 'environment', 'permissions'])
  })
})

describe('rotatedName', () => {
  const now = new Date('2026-12-01T23:30:00-05:00')
  it('dates the name in UTC', () => {
    expect(rotatedName(key({ name: 'CI deploys' }), now)).toBe('CI deploys (rotated 2026-12-02)')
  })
  it('replaces the date of an earlier rotation rather than adding another', () => {
    expect(rotatedName(key({ name: 'CI deploys (rotated 2026-11-02)' }), now)).toBe('CI deploys (rotated 2026-12-02)')
    expect(rotatedName(key({ name: 'CI deploys (rotated 2026-10-01) (rotated 2026-11-02)' }), now)).toBe('CI deploys (rotated 2026-12-02)')
    // Only a rotation's date at the end: other brackets are the name's own.
    expect(rotatedName(key({ name: 'Grafana exporter (us-east-1)' }), now)).toBe('Grafana exporter (us-east-1) (rotated 2026-12-02)')
  })

  it('names a key rotated earlier the same day apart from it, by the time (review round 18)', () => {
    const at = new Date('2026-12-02T14:05:09Z')
    // It suggested "CI deploys (rotated 2026-12-02)" again: the new key named as the one it replaces.
    expect(rotatedName(key({ name: 'CI deploys (rotated 2026-12-02)' }), at)).toBe('CI deploys (rotated 2026-12-02 14:05 UTC)')
    expect(rotatedName(key({ name: 'CI deploys (rotated 2026-12-02 09:00 UTC)' }), at)).toBe('CI deploys (rotated 2026-12-02 14:05 UTC)')
    expect(rotatedName(key({ name: 'CI deploys (rotated 2026-12-02 14:05 UTC)' }), at)).toBe('CI deploys (rotated 2026-12-02 14:05:09 UTC)')
    // Another day's rotation: the date alone, as before.
    expect(rotatedName(key({ name: 'CI deploys (rotated 2026-12-01 14:05 UTC)' }), at)).toBe('CI deploys (rotated 2026-12-02)')
    expect(rotatedName(key({ name: '(rotated 2026-11-02)' }), now)).toBe('Key 01JBCDEFGHJKMNPQRSTVWXYZ12 (rotated 2026-12-02)')
  })

  it('names an untitled key by its id', () => {
    expect(rotatedName(key({ name: null }), now)).toBe('Key 01JBCDEFGHJKMNPQRSTVWXYZ12 (rotated 2026-12-02)')
  })
  it('leaves out the hidden characters the form refuses, keeping an emoji’s joiners', () => {
    expect(rotatedName(key({ name: 'Billing \u202Ekrow-ecnanif\u202C sync' }), now)).toBe('Billing krow-ecnanif sync (rotated 2026-12-02)')
    expect(rotatedName(key({ name: '👩🏽\u200D💻\0 dev' }), now)).toBe('👩🏽\u200D💻 dev (rotated 2026-12-02)')
    expect(rotatedName(key({ name: '\u200B' }), now)).toBe('Key 01JBCDEFGHJKMNPQRSTVWXYZ12 (rotated 2026-12-02)')
  })
  it('stays within 200 code points, shortening the name and keeping the date', () => {
    const name = rotatedName(key({ name: '😀'.repeat(200) }), now)
    expect(Array.from(name)).toHaveLength(200)
    expect(name.endsWith('… (rotated 2026-12-02)')).toBe(true)
  })
})

it('says which key replaced the old one', () => {
  expect(rotationReason('01NEW')).toBe('Rotated: replaced by 01NEW')
})
