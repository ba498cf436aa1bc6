import { ENVIRONMENTS } from '../api/enums'
import { maskSecret, newSecret } from './mask'
import { createRng, randomString } from './random'
import { CROCKFORD_BASE32, decodeUlidTime, ulid } from './ulid'

const T = Date.parse('2026-11-26T09:30:00.123Z')

describe('ulid', () => {
  it('is 26 Crockford base32 characters', () => {
    for (const id of [ulid(T), ulid(0), ulid(2 ** 48 - 1), ulid(T, createRng(1))]) {
      expect(id).toMatch(/^[0-9A-Z]{26}$/)
      expect(id).not.toMatch(/[ILOU]/)
    }
  })

  it('decodes back to its time', () => {
    for (const time of [0, 1, T, 2 ** 48 - 1]) expect(decodeUlidTime(ulid(time))).toBe(time)
    expect(ulid(0).slice(0, 10)).toBe('0000000000')
    expect(ulid(2 ** 48 - 1).slice(0, 10)).toBe('7ZZZZZZZZZ')
  })

  it('sorts by time through its prefix', () => {
    const times = [T - 86_400_000, T - 1, T, T + 1, T + 31 * 86_400_000, 1_500_000_000_000]
    const ids = times.map((time) => ulid(time))
    const byId = [...ids].sort()
    expect(byId.map(decodeUlidTime)).toEqual([...times].sort((a, b) => a - b))
  })

  it('is reproducible with an rng and random without one', () => {
    expect(ulid(T, createRng(7))).toBe(ulid(T, createRng(7)))
    expect(ulid(T, createRng(7))).not.toBe(ulid(T, createRng(8)))
    expect(ulid(T)).not.toBe(ulid(T))
  })

  it('rejects times a ULID cannot hold', () => {
    expect(() => ulid(-1)).toThrow(RangeError)
    expect(() => ulid(2 ** 48)).toThrow(RangeError)
    expect(() => ulid(Number.NaN)).toThrow(RangeError)
    expect(() => decodeUlidTime('not-a-ulid')).toThrow(RangeError)
  })
})

describe('random', () => {
  it('repeats a sequence for a seed and keeps within bounds', () => {
    const a = createRng(42)
    const b = createRng(42)
    const draws = Array.from({ length: 1000 }, () => a.int(-3, 3))
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b.int(-3, 3)))
    expect(new Set(draws)).toEqual(new Set([-3, -2, -1, 0, 1, 2, 3]))
    const floats = Array.from({ length: 1000 }, () => a.next())
    expect(floats.every((x) => x >= 0 && x < 1)).toBe(true)
  })

  it('samples distinct items and shuffles without losing any', () => {
    const rng = createRng(3)
    const items = ['a', 'b', 'c', 'd', 'e']
    const sample = rng.sample(items, 3)
    expect(new Set(sample).size).toBe(3)
    expect(rng.sample(items, 99)).toHaveLength(5)
    expect([...rng.shuffle(items)].sort()).toEqual(items)
    expect(() => rng.pick([])).toThrow(RangeError)
  })

  it('draws crypto-random strings from the alphabet', () => {
    const s = randomString(500, CROCKFORD_BASE32)
    expect(s).toHaveLength(500)
    expect([...s].every((c) => CROCKFORD_BASE32.includes(c))).toBe(true)
    expect(randomString(12, 'ab', createRng(1))).toBe(randomString(12, 'ab', createRng(1)))
  })
})

describe('maskSecret / newSecret', () => {
  it('masks all but the last four characters', () => {
    expect(maskSecret('coval_sk_prod_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6')).toBe('****-****-****-o5p6')
  })

  it('makes a prefixed 32-character secret per environment', () => {
    const prefix = { PRODUCTION: 'prod', STAGING: 'staging', DEVELOPMENT: 'dev' } as const
    for (const environment of ENVIRONMENTS) {
      const secret = newSecret(environment)
      expect(secret).toMatch(new RegExp(`^coval_sk_${prefix[environment]}_[A-Za-z0-9]{32}$`))
      expect(maskSecret(secret)).toBe(`****-****-****-${secret.slice(-4)}`)
    }
    expect(newSecret('PRODUCTION')).not.toBe(newSecret('PRODUCTION'))
  })
})
