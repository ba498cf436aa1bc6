/** Whether a path is the keys page's (the app's root). */
export const isKeysPagePath = (path: string): boolean => path === '/' || path === ''

/** The key detail page's path: `/keys/<id>`. */
export function keyDetailPath(id: string): string {
  return `/keys/${encodeURIComponent(id)}`
}

/** The id a path names, or null when it is not a key's page (`/keys/` alone, or more segments). */
export function keyIdFromPath(path: string): string | null {
  const match = /^\/keys\/([^/]+)\/?$/.exec(path)
  if (!match?.[1]) return null
  try {
    return decodeURIComponent(match[1])
  } catch {
    return null
  }
}
