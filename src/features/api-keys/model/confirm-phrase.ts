// Typed confirmation: the key's name as the dialog shows it and a keyboard can type it, nothing looser.

// U+2010–U+2015 (hyphen to horizontal bar), U+2212 minus, U+FE58 small em dash, U+FE63 small hyphen-minus, U+FF0D fullwidth hyphen-minus.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu
// U+2018–U+201B: left, right, low-9 and reversed-9 single quotes.
const SINGLE_QUOTES = /[\u2018-\u201B]/gu
// U+201C–U+201F: left, right, low-9 and reversed-9 double quotes.
const DOUBLE_QUOTES = /[\u201C-\u201F]/gu

// The whitespace HTML collapses when it shows a name: a newline, a tab or a run of spaces reads as
// one space on screen, and an input cannot take a newline or a tab. Other spaces (no-break, thin,
// zero-width) show as they are, so they still count.
const COLLAPSED_WHITESPACE = /[\t\n\f\r ]+/g

/**
 * The text as it is compared: trimmed, inner runs of whitespace as one space (as the dialog shows
 * them), in NFC, with typographic dashes and quotes made plain.
 */
export function normalizeConfirmText(text: string): string {
  return text.replace(COLLAPSED_WHITESPACE, ' ').trim().normalize('NFC').replace(DASHES, '-').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"')
}

/**
 * Whether what was typed confirms `phrase`: equal once both are normalised as above. Case, other
 * spaces, other punctuation and letters of every script must match exactly. A blank phrase confirms nothing.
 */
export function matchesConfirmPhrase(typed: string, phrase: string): boolean {
  const expected = normalizeConfirmText(phrase)
  return expected !== '' && normalizeConfirmText(typed) === expected
}

/** Whether the phrase holds a dash or curly quote that may be typed plainly (the field then says so). */
export function hasTypographicMarks(phrase: string): boolean {
  return normalizeConfirmText(phrase) !== phrase.replace(COLLAPSED_WHITESPACE, ' ').trim().normalize('NFC')
}

/** What the typed confirmation stands for: one key's name, or the number of keys selected. */
export type ConfirmKind = 'name' | 'count'

/**
 * What to say under the confirmation field, or null. Nothing while what is typed may still become
 * the phrase (blank, or its start), unless the user has already tried to confirm; then each way it
 * falls short is named, case apart, since that is the mistake a look does not catch.
 */
export function confirmPhraseProblem(typed: string, phrase: string, kind: ConfirmKind, tried: boolean): string | null {
  if (matchesConfirmPhrase(typed, phrase)) return null
  const expected = normalizeConfirmText(phrase)
  const got = normalizeConfirmText(typed)
  const what = kind === 'count' ? 'the number of selected keys' : "the key's name"
  if (got === '') return tried ? `Type ${what} to confirm.` : null
  if (expected.startsWith(got)) return tried ? `Type all of ${what}.` : null
  if (kind === 'count') return `That is not the number of selected keys: type ${expected}.`
  if (got.toLowerCase() === expected.toLowerCase() || expected.toLowerCase().startsWith(got.toLowerCase())) return "That is not the key's name: capitals and small letters must match."
  return "That is not the key's name."
}
