import { DESCRIPTION_MAX, NAME_MAX, readApiKeyRecord, type ApiKeyRecord } from '../api/api-key-schema'
import { ENVIRONMENTS, KEY_STATUSES, KEY_TYPES } from '../api/enums'
import { isValidScope } from '../api/scopes'
import { DEFAULT_SEED_COUNT, createSeed } from './seed'
import { HOSTILE_NAMES, LONG_DESCRIPTION, LONG_NAME } from './seed-words'
import { decodeUlidTime } from './ulid'

const now = new Date('2026-11-26T09:30:00.000Z')
const seed = createSeed({ now })
const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso))
const count = (predicate: (r: ApiKeyRecord) => boolean) => seed.filter(predicate).length

describe('createSeed', () => {
  it('is reproducible for the same options and differs for another seed', () => {
    expect(createSeed({ now })).toEqual(seed)
    expect(createSeed({ now, seed: 1 })).not.toEqual(seed)
    expect(createSeed({ now, seed: 1 })).toEqual(createSeed({ now, seed: 1 }))
  })

  it('makes the requested number of records, 320 by default', () => {
    expect(seed).toHaveLength(DEFAULT_SEED_COUNT)
    expect(DEFAULT_SEED_COUNT).toBe(320)
    expect(createSeed({ now, count: 25 })).toHaveLength(25)
    expect(createSeed({ now, count: 0 })).toEqual([])
  })

  it('makes small seeds without throwing, every record valid', () => {
    for (const n of [0, 1, 2, 5]) {
      const small = createSeed({ now, count: n })
      expect(small).toHaveLength(n)
      for (const record of small) expect(readApiKeyRecord(record)).toEqual(record)
    }
  })

  it('makes 10,000 keys the same way twice, with unique ids and timestamps written as toISOString does', () => {
    const big = createSeed({ now, count: 10_000 })
    expect(JSON.stringify(createSeed({ now, count: 10_000 })) === JSON.stringify(big)).toBe(true)
    expect(new Set(big.map((r) => r.id)).size).toBe(10_000)
    const times = big.flatMap((r) => [r.create_time, r.update_time, r.last_used_at]).filter((t) => t !== null)
    expect(times.filter((t) => new Date(t).toISOString() !== t)).toEqual([])
  })

  it('gives records that pass the strict schema', () => {
    for (const record of seed) expect(readApiKeyRecord(record)).toEqual(record)
    expect(new Set(seed.map((r) => r.organization_id)).size).toBe(1)
    for (const record of seed) expect(record.api_key).toMatch(/^\*{4}-\*{4}-\*{4}-[A-Za-z0-9]{4}$/)
  })

  it('uses every enum value, in roughly the intended shares', () => {
    for (const type of KEY_TYPES) expect(count((r) => r.key_type === type)).toBeGreaterThan(0)
    for (const env of ENVIRONMENTS) expect(count((r) => r.environment === env)).toBeGreaterThan(0)
    for (const status of KEY_STATUSES) expect(count((r) => r.status === status)).toBeGreaterThan(0)
    expect(count((r) => r.environment === 'PRODUCTION')).toBeGreaterThanOrEqual(60)
    expect(count((r) => r.key_type === 'SERVICE') / seed.length).toBeCloseTo(0.65, 1)
    expect(count((r) => r.status === 'ACTIVE') / seed.length).toBeCloseTo(0.65, 1)
  })

  it('has unique ULIDs that carry the creation time', () => {
    expect(new Set(seed.map((r) => r.id)).size).toBe(seed.length)
    for (const record of seed) expect(decodeUlidTime(record.id)).toBe(Date.parse(record.create_time))
  })

  it('keeps times in order: created, updated, last used, all before now', () => {
    const nowMs = now.getTime()
    const oldest = Math.min(...seed.map((r) => Date.parse(r.create_time)))
    expect(nowMs - oldest).toBeGreaterThan(2 * 365 * 86_400_000)
    const broken = seed.filter((r) => {
      const [created, updated, used] = [Date.parse(r.create_time), ms(r.update_time), ms(r.last_used_at)]
      const dead = r.status === 'REVOKED' || r.status === 'EXPIRED'
      return (
        created > nowMs ||
        (updated !== null && (updated < created || updated > nowMs)) ||
        (used !== null && (used < created || used > nowMs)) ||
        (r.status !== 'ACTIVE' && updated === null) ||
        (dead && used !== null && updated !== null && used >= updated)
      )
    })
    expect(broken).toEqual([])
  })

  it('has never-used keys, including active production ones, and recently used ones', () => {
    const neverUsed = count((r) => r.last_used_at === null)
    expect(neverUsed / seed.length).toBeGreaterThan(0.1)
    expect(neverUsed / seed.length).toBeLessThan(0.3)
    expect(count((r) => r.last_used_at === null && r.status === 'ACTIVE' && r.environment === 'PRODUCTION')).toBeGreaterThan(0)
    expect(count((r) => r.last_used_at !== null && now.getTime() - Date.parse(r.last_used_at) < 3_600_000)).toBeGreaterThan(0)
    expect(count((r) => r.last_used_at !== null && now.getTime() - Date.parse(r.last_used_at) > 365 * 86_400_000)).toBeGreaterThan(0)
  })

  it('only grants valid scopes, with full access, wildcards and narrow keys all present', () => {
    expect(seed.flatMap((r) => r.permissions).filter((scope) => !isValidScope(scope))).toEqual([])
    expect(count((r) => r.permissions.length === 0)).toBeGreaterThan(0)
    expect(count((r) => r.permissions.length === 1 && r.permissions[0] === '*')).toBeGreaterThan(0)
    expect(count((r) => r.permissions.some((p) => p.endsWith(':*')))).toBeGreaterThan(0)
    expect(Math.max(...seed.map((r) => r.permissions.length))).toBeLessThanOrEqual(8)
  })

  it('spreads the hostile names and the longest description across the list', () => {
    const positions = HOSTILE_NAMES.map((name) => seed.findIndex((r) => r.name === name))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect(Math.max(...positions)).toBeLessThan(seed.length * 0.8)
    expect(Math.min(...positions)).toBeLessThan(seed.length * 0.2)
    expect(LONG_NAME).toHaveLength(NAME_MAX)
    expect(HOSTILE_NAMES).toContain('<img src=x onerror=alert(1)>')
    expect(HOSTILE_NAMES).toContain('"quotes" & <b>tags</b>')
    expect(HOSTILE_NAMES.some((name) => /[\u0590-\u06FF]/.test(name))).toBe(true)
    expect(HOSTILE_NAMES.some((name) => /\p{Extended_Pictographic}/u.test(name))).toBe(true)
    expect(LONG_DESCRIPTION).toHaveLength(DESCRIPTION_MAX)
    expect(count((r) => r.description === LONG_DESCRIPTION)).toBe(1)
  })

  it('names keys plausibly: mostly unique, people on user keys, descriptions on most', () => {
    const names = seed.flatMap((r) => (r.name === null ? [] : [r.name]))
    expect(new Set(names).size / names.length).toBeGreaterThan(0.95)
    const userKeys = seed.filter((r) => r.key_type === 'USER' && r.name !== null && !HOSTILE_NAMES.includes(r.name))
    expect(userKeys.every((r) => r.name?.includes(' — '))).toBe(true)
    expect(count((r) => r.description !== null) / seed.length).toBeCloseTo(0.7, 1)
  })
})
