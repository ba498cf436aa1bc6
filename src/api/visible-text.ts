import * as z from 'zod/mini'
import { findHiddenCharacters, type HiddenCharacter } from '../lib/find-hidden-characters'

function which(found: HiddenCharacter): string {
  return `${found.code}${found.name ? ` (${found.name})` : ''} at position ${found.position}`
}

/**
 * What is wrong with a name (or description) holding hidden characters, or null: the first one,
 * where it is, and why it must go. Control characters come first: no name has a use for them.
 */
export function hiddenCharactersProblem(text: string, field: 'name' | 'description' = 'name'): string | null {
  const found = findHiddenCharacters(text)
  const controls = found.filter((c) => c.control)
  const named = controls.length > 0 ? controls : found
  const [first] = named
  if (first === undefined) return null
  const kind = controls.length > 0 ? 'control character' : 'invisible character'
  const what = named.length === 1 ? `the ${kind} ${which(first)}` : `the ${named.length} ${kind}s, the first ${which(first)}`
  const why = controls.length > 0 ? `a ${field} cannot hold control characters.` : `${named.length === 1 ? 'it makes' : 'they make'} the ${field} display differently from what it is.`
  return `Remove ${what}: ${why}`
}

/** A zod check, for forms, that refuses a name (or description) holding control, bidi or invisible format characters. */
export function visibleText(field: 'name' | 'description' = 'name') {
  return z.superRefine<string>((value, ctx) => {
    const problem = hiddenCharactersProblem(value, field)
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem })
  })
}
