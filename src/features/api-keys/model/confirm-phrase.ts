// Typed confirmation: the key's name as a keyboard can type it, and nothing looser.

// U+2010–U+2015 (hyphen to horizontal bar), U+2212 minus, U+FE58 small em dash, U+FE63 small hyphen-minus, U+FF0D fullwidth hyphen-minus.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu
// U+2018–U+201B: left, right, low-9 and reversed-9 single quotes.
const SINGLE_QUOTES = /[\u2018-\u201B]/gu
// U+201C–U+201F: left, right, low-9 and reversed-9 double quotes.
const DOUBLE_QUOTES = /[\u201C-\u201F]/gu

/** The text as it is compared: trimmed, in NFC, with typographic dashes and quotes made plain. */
export function normalizeConfirmText(text: string): string {
  return text.trim().normalize('NFC').replace(DASHES, '-').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"')
}

/**
 * Whether what was typed confirms `phrase`: equal once both are normalised as above. Case, inner
 * spaces, other punctuation and letters of every script must match exactly. A blank phrase confirms nothing.
 */
export function matchesConfirmPhrase(typed: string, phrase: string): boolean {
  const expected = normalizeConfirmText(phrase)
  return expected !== '' && normalizeConfirmText(typed) === expected
}

/** Whether the phrase holds a dash or curly quote that may be typed plainly (the field then says so). */
export function hasTypographicMarks(phrase: string): boolean {
  return normalizeConfirmText(phrase) !== phrase.trim().normalize('NFC')
}
