// ULIDs (https://github.com/ulid/spec): 48-bit millisecond time + 80 random bits, Crockford base32.
import { randomString, type Rng } from './random'

/** Crockford's base32: digits and capitals without I, L, O and U. */
export const CROCKFORD_BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

export const ULID_PATTERN = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/

const TIME_CHARS = 10
const RANDOM_CHARS = 16
const TIME_MAX = 2 ** 48 - 1

/** A 26-character ULID for `timeMs`; reproducible when `rng` is given, crypto-random otherwise. */
export function ulid(timeMs: number, rng?: Rng): string {
  const time = Math.floor(timeMs)
  if (!Number.isFinite(time) || time < 0 || time > TIME_MAX) throw new RangeError(`ulid time out of range: ${timeMs}`)
  let prefix = ''
  let rest = time
  // Arithmetic, not bit operators: 48 bits do not fit JavaScript's 32-bit bitwise ops.
  for (let i = 0; i < TIME_CHARS; i++) {
    prefix = CROCKFORD_BASE32.charAt(rest % 32) + prefix
    rest = Math.floor(rest / 32)
  }
  return prefix + randomString(RANDOM_CHARS, CROCKFORD_BASE32, rng)
}

/** The millisecond timestamp a ULID was made for. */
export function decodeUlidTime(id: string): number {
  if (!ULID_PATTERN.test(id)) throw new RangeError(`not a ULID: ${id}`)
  let time = 0
  for (const char of id.slice(0, TIME_CHARS)) time = time * 32 + CROCKFORD_BASE32.indexOf(char)
  return time
}
