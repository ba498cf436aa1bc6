// The hidden characters of a text, named: for messages that say which (a create the server would
// refuse, say), off the first screen, which only shows and strips them (hidden-characters.ts).
import { HIDDEN, SCAN, codeOf } from './hidden-characters'

const NAMES: ReadonlyMap<number, string> = new Map([
  [0x00, 'null'],
  [0xad, 'soft hyphen'],
  [0x61c, 'Arabic letter mark'],
  [0x200b, 'zero-width space'],
  [0x200c, 'zero-width non-joiner'],
  [0x200d, 'zero-width joiner'],
  [0x200e, 'left-to-right mark'],
  [0x200f, 'right-to-left mark'],
  [0x202a, 'left-to-right embedding'],
  [0x202b, 'right-to-left embedding'],
  [0x202c, 'pop directional formatting'],
  [0x202d, 'left-to-right override'],
  [0x202e, 'right-to-left override'],
  [0x2060, 'word joiner'],
  [0x2066, 'left-to-right isolate'],
  [0x2067, 'right-to-left isolate'],
  [0x2068, 'first strong isolate'],
  [0x2069, 'pop directional isolate'],
  [0xfeff, 'zero-width no-break space'],
])

export interface HiddenCharacter {
  /** `U+202E` */
  code: string
  /** `right-to-left override`, for the common ones. */
  name: string | undefined
  /** Where it is, counted in characters (code points) from 1. */
  position: number
  /** A control character (C0, DEL, C1) rather than a format one. */
  control: boolean
}

/** The hidden characters of a text, in order; the joiners that belong where they are left out. */
export function findHiddenCharacters(text: string): HiddenCharacter[] {
  if (!HIDDEN.test(text)) return []
  const found: HiddenCharacter[] = []
  for (const match of text.matchAll(SCAN)) {
    if (match[1] !== undefined) continue
    const point = match[0].codePointAt(0) ?? 0
    const position = Array.from(text.slice(0, match.index)).length + 1
    found.push({ code: codeOf(match[0]), name: NAMES.get(point), position, control: point <= 0x1f || (point >= 0x7f && point <= 0x9f) })
  }
  return found
}
