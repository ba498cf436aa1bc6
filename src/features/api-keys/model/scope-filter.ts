/** The scopes whose text holds `query` (any case, spaces around it ignored), in the order sent. */
export function filterScopes(scopes: readonly string[], query: string): readonly string[] {
  const needle = query.trim().toLowerCase()
  if (needle === '') return scopes
  return scopes.filter((scope) => scope.toLowerCase().includes(needle))
}

/** "12 of 400 scopes": what the filter left, said after every keystroke. */
export function scopeCount(shown: number, total: number): string {
  const noun = total === 1 ? 'scope' : 'scopes'
  return shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`
}
