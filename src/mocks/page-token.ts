/** Page tokens are opaque to clients; inside, the position and a fingerprint of the query they belong to. */
interface TokenContent {
  offset: number
  query: string
}

export class PageTokenError extends Error {}

export function queryFingerprint(parts: readonly (string | null)[]): string {
  // FNV-1a: short, stable, and enough to tell one query from another.
  let hash = 0x811c9dc5
  for (const char of JSON.stringify(parts)) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36)
}

export function encodePageToken(content: TokenContent): string {
  return btoa(JSON.stringify([content.offset, content.query])).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
}

export function decodePageToken(token: string, expectedQuery: string): number {
  let decoded: unknown
  try {
    decoded = JSON.parse(atob(token.replace(/-/g, '+').replace(/_/g, '/')))
  } catch {
    throw new PageTokenError('The page token is not valid.')
  }
  if (!Array.isArray(decoded) || typeof decoded[0] !== 'number' || !Number.isInteger(decoded[0]) || decoded[0] < 0) {
    throw new PageTokenError('The page token is not valid.')
  }
  if (decoded[1] !== expectedQuery) {
    throw new PageTokenError('The page token belongs to a different query: the filters or the order changed. Start again from the first page.')
  }
  return decoded[0]
}
