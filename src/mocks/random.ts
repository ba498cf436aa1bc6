// Seeded randomness for reproducible mock data, plus crypto randomness for real secrets.

export interface Rng {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both ends inclusive. */
  int(min: number, max: number): number
  /** One item; throws on an empty list. */
  pick<T>(items: readonly T[]): T
  /** True with probability p. */
  chance(p: number): boolean
  /** Up to n distinct items (by position), in random order. */
  sample<T>(items: readonly T[], n: number): T[]
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[]
}

/** mulberry32: tiny, fast and good enough for demo data; never use it for secrets. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) {
      throw new RangeError(`int(${min}, ${max}): need integers with min <= max`)
    }
    return min + Math.floor(next() * (max - min + 1))
  }
  const sample = <T>(items: readonly T[], n: number): T[] => {
    const copy = [...items]
    const take = Math.max(0, Math.min(Math.floor(n), copy.length))
    // Partial Fisher–Yates: only the first `take` slots need to be settled.
    for (let i = 0; i < take; i++) {
      const j = int(i, copy.length - 1)
      const swap = copy[i] as T
      copy[i] = copy[j] as T
      copy[j] = swap
    }
    return copy.slice(0, take)
  }
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick() from an empty list')
      return items[int(0, items.length - 1)] as T
    },
    chance: (p: number): boolean => next() < p,
    sample,
    shuffle: <T>(items: readonly T[]): T[] => sample(items, items.length),
  }
}

/** `length` characters of `alphabet`: from `rng` when given (reproducible), else from the platform CSPRNG. */
export function randomString(length: number, alphabet: string, rng?: Rng): string {
  const chars = charsOf(alphabet)
  if (chars.length === 0 || chars.length > 256) throw new RangeError('alphabet needs 1 to 256 characters')
  if (!Number.isInteger(length) || length < 0) throw new RangeError(`invalid length ${length}`)
  if (rng) {
    let out = ''
    for (let i = 0; i < length; i++) out += chars[rng.int(0, chars.length - 1)] ?? ''
    return out
  }
  return cryptoIndexes(length, chars.length)
    .map((i) => chars[i])
    .join('')
}

// A seed of 10,000 keys asks for 20,000 strings from the same two alphabets: split each once.
const alphabets = new Map<string, readonly string[]>()
function charsOf(alphabet: string): readonly string[] {
  let chars = alphabets.get(alphabet)
  if (chars === undefined) {
    chars = Array.from(alphabet)
    alphabets.set(alphabet, chars)
  }
  return chars
}

// Rejection sampling keeps every character equally likely (a plain `byte % n` would favour some).
function cryptoIndexes(length: number, size: number): number[] {
  const limit = 256 - (256 % size)
  const out: number[] = []
  const bytes = new Uint8Array(Math.min(Math.max(length * 2, 16), 65_536))
  while (out.length < length) {
    globalThis.crypto.getRandomValues(bytes)
    for (const byte of bytes) {
      if (byte < limit) out.push(byte % size)
      if (out.length === length) break
    }
  }
  return out
}
