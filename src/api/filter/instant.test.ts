import { describe, expect, it } from 'vitest'
import { isInstant, parseInstant } from './instant'

const NS = 1_000_000n

// What servers send and what they must not, and whether it is a timestamp.
const CASES: readonly (readonly [string, boolean])[] = [
  ['2026-12-03T14:07:17Z', true],
  ['2026-12-03T14:07:17.123Z', true],
  ['2026-12-03t14:07:17z', true],
  ['2026-12-03T14:07:17.123456789Z', true],
  ['2026-12-03T14:07:17.1234567891234Z', true],
  ['2026-12-03T14:07:17+01:00', true],
  ['2026-12-03T14:07:17-23:59', true],
  ['2026-12-03T14:07:17+24:00', false],
  ['2026-12-03T14:07:17+01:60', false],
  ['2024-02-29T00:00:00Z', true],
  ['2023-02-29T00:00:00Z', false],
  ['2000-02-29T00:00:00Z', true],
  ['1900-02-29T00:00:00Z', false],
  ['0000-02-29T00:00:00Z', true],
  ['0099-12-31T23:59:59Z', true],
  ['2026-04-30T00:00:00Z', true],
  ['2026-04-31T00:00:00Z', false],
  ['2026-12-31T00:00:00Z', true],
  ['2026-12-32T00:00:00Z', false],
  ['2026-12-00T00:00:00Z', false],
  ['2026-00-10T00:00:00Z', false],
  ['2026-13-10T00:00:00Z', false],
  ['2026-12-03T24:00:00Z', false],
  ['2026-12-03T23:60:00Z', false],
  ['2026-12-03T23:59:60Z', false],
  ['2026-12-03T14:07:17', false],
  ['2026-12-03 14:07:17Z', false],
  ['2026-12-03T14:07Z', false],
  ['2026-12-03', false],
  ['', false],
  ['yesterday', false],
]

describe('isInstant', () => {
  it.each(CASES)('reads %j as a timestamp: %s, as parseInstant does', (text, expected) => {
    expect(isInstant(text)).toBe(expected)
    expect(parseInstant(text) !== null).toBe(expected)
  })
})

describe('parseInstant', () => {
  it('reads nanoseconds since the epoch, offsets applied', () => {
    expect(parseInstant('1970-01-01T00:00:00Z')).toBe(0n)
    expect(parseInstant('1970-01-01T01:00:00+01:00')).toBe(0n)
    expect(parseInstant('1969-12-31T23:00:00-01:00')).toBe(0n)
    expect(parseInstant('2026-12-03T14:07:17.5Z')).toBe(BigInt(Date.parse('2026-12-03T14:07:17.500Z')) * NS)
  })

  it('keeps microseconds and nanoseconds, so close timestamps still order', () => {
    const a = parseInstant('2026-12-03T14:07:17.000001Z')
    const b = parseInstant('2026-12-03T14:07:17.000000999Z')
    expect(a).toBe(BigInt(Date.parse('2026-12-03T14:07:17Z')) * NS + 1_000n)
    expect(b !== null && a !== null && b < a).toBe(true)
  })

  it('reads years before 100 as written, not as 19xx', () => {
    // Date.parse reads ISO years as written; Date.UTC would map 99 to 1999.
    expect(parseInstant('0099-12-31T23:59:59Z')).toBe(BigInt(Date.parse('0099-12-31T23:59:59Z')) * NS)
    expect(parseInstant('0099-12-31T23:59:59Z')).not.toBe(BigInt(Date.UTC(99, 11, 31, 23, 59, 59)) * NS)
  })
})
