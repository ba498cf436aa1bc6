/*
 * Characters that change how a text looks without being seen: bidi controls (U+202E shows
 * "krow-ecnanif" as "finance-work"), zero-width and other invisible format characters, and control
 * characters. A name holding one can pass for another, or be impossible to type back.
 */

// C0 controls but tab, LF, FF and CR (HTML shows those as a space), DEL and C1; soft hyphen; Arabic
// letter mark; zero-width space, non-joiner, joiner and the LRM/RLM marks; embeddings and overrides;
// word joiner and invisible operators; isolates and the deprecated format characters; BOM;
// interlinear annotations; shorthand and musical format controls; tags.
const HIDDEN_CLASS =
  '[\\0-\\x08\\x0B\\x0E-\\x1F\\x7F-\\x9F\\xAD\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB\\u{1BCA0}-\\u{1BCA3}\\u{1D173}-\\u{1D17A}\\u{E0000}-\\u{E007F}]'
const HIDDEN = new RegExp(HIDDEN_CLASS, 'u')
const HIDDEN_ALL = new RegExp(HIDDEN_CLASS, 'gu')

// Where some of them belong, and are kept: a joiner between emoji (👩‍💻), an emoji tag sequence
// (the flag of England), and a joiner or non-joiner inside a word of a script that shapes by it
// (Persian's non-joiner, the Indic half forms).
const EMOJI_JOINER = '\\p{Extended_Pictographic}[\\uFE0F\\u{1F3FB}-\\u{1F3FF}]?\\u200D(?=\\p{Extended_Pictographic})'
const EMOJI_TAGS = '\\u{1F3F4}[\\u{E0020}-\\u{E007E}]+\\u{E007F}'
const JOINING_SCRIPTS = ['Arab', 'Syrc', 'Nkoo', 'Mong', 'Deva', 'Beng', 'Guru', 'Gujr', 'Orya', 'Taml', 'Telu', 'Knda', 'Mlym', 'Sinh'].map((s) => `\\p{scx=${s}}`).join('')
const WORD_JOINER = `(?=[\\p{L}\\p{M}])[${JOINING_SCRIPTS}][\\u200C\\u200D](?=[\\p{L}\\p{M}])`
// A match with group 1 is kept as it is; any other is a hidden character.
const SCAN = new RegExp(`(${EMOJI_JOINER}|${EMOJI_TAGS}|${WORD_JOINER})|${HIDDEN_CLASS}`, 'gu')

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

function codeOf(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
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

/**
 * The text as it is shown: each hidden character as a visible `⟨U+202E⟩`, so none reorders or
 * hides what is around it. A text without one (nearly every name) is returned as it is.
 */
export function showHiddenCharacters(text: string): string {
  if (!HIDDEN.test(text)) return text
  return text.replace(SCAN, (match, kept: string | undefined) => kept ?? `⟨${codeOf(match)}⟩`)
}

/** The text without the hidden characters (those showHiddenCharacters marks): what it reads as. */
export function removeHiddenCharacters(text: string): string {
  return HIDDEN.test(text) ? text.replace(SCAN, (_, kept: string | undefined) => kept ?? '') : text
}

/** The text without any of these characters, joiners included: what a person types or searches for it. */
export function withoutInvisibleCharacters(text: string): string {
  return HIDDEN.test(text) ? text.replace(HIDDEN_ALL, '') : text
}
