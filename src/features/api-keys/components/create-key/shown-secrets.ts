/*
 * Ids of keys whose secret this tab showed (ids only, never a secret): such a key is in someone's
 * hands, so the lookup after an uncertain create must not offer to revoke it.
 */
const shown = new Set<string>()

export function noteSecretShown(id: string): void {
  shown.add(id)
}

export function wasSecretShown(id: string): boolean {
  return shown.has(id)
}
