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
export const HIDDEN = new RegExp(HIDDEN_CLASS, 'u')
const HIDDEN_ALL = new RegExp(HIDDEN_CLASS, 'gu')

// Where some of them belong, and are kept: a joiner between emoji (👩‍💻), an emoji tag sequence
// (the flag of England), and a joiner or non-joiner inside a word of a script that shapes by it
// (Persian's non-joiner, the Indic half forms).
const EMOJI_JOINER = '\\p{Extended_Pictographic}[\\uFE0F\\u{1F3FB}-\\u{1F3FF}]?\\u200D(?=\\p{Extended_Pictographic})'
const EMOJI_TAGS = '\\u{1F3F4}[\\u{E0020}-\\u{E007E}]+\\u{E007F}'
const JOINING_SCRIPTS = ['Arab', 'Syrc', 'Nkoo', 'Mong', 'Deva', 'Beng', 'Guru', 'Gujr', 'Orya', 'Taml', 'Telu', 'Knda', 'Mlym', 'Sinh'].map((s) => `\\p{scx=${s}}`).join('')
const WORD_JOINER = `(?=[\\p{L}\\p{M}])[${JOINING_SCRIPTS}][\\u200C\\u200D](?=[\\p{L}\\p{M}])`
// A match with group 1 is kept as it is; any other is a hidden character.
export const SCAN = new RegExp(`(${EMOJI_JOINER}|${EMOJI_TAGS}|${WORD_JOINER})|${HIDDEN_CLASS}`, 'gu')

/** `U+202E` */
export function codeOf(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
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
