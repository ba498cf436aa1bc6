// Typed confirmation: the key's name as the dialog shows it and a keyboard can type it, nothing looser.

import { showHiddenCharacters, withoutInvisibleCharacters } from '../../../lib/hidden-characters'

// U+2010–U+2015 (hyphen to horizontal bar), U+2212 minus, U+FE58 small em dash, U+FE63 small hyphen-minus, U+FF0D fullwidth hyphen-minus.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu
// U+2018–U+201B: left, right, low-9 and reversed-9 single quotes.
const SINGLE_QUOTES = /[\u2018-\u201B]/gu
// U+201C–U+201F: left, right, low-9 and reversed-9 double quotes.
const DOUBLE_QUOTES = /[\u201C-\u201F]/gu

// The whitespace HTML collapses when it shows a name: a newline, a tab or a run of spaces reads as
// one space on screen, and an input cannot take a newline or a tab. Other spaces (no-break, thin)
// show as they are, so they still count; a zero-width space is a hidden character (below).
const COLLAPSED_WHITESPACE = /[\t\n\f\r ]+/g

// The text without hidden characters (bidi controls, zero-width ones, controls), whitespace as shown.
function asShown(text: string): string {
  return withoutInvisibleCharacters(text).replace(COLLAPSED_WHITESPACE, ' ').trim().normalize('NFC')
}

/**
 * The text as it is compared: without hidden characters (the dialog shows them as marks, and no one
 * types them), trimmed, inner runs of whitespace as one space (as the dialog shows them), in NFC,
 * with typographic dashes and quotes made plain.
 */
export function normalizeConfirmText(text: string): string {
  return asShown(text).replace(DASHES, '-').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"')
}

/**
 * What confirms `phrase`, normalised: the phrase, and for one with hidden characters also its shown
 * form with their marks (`⟨U+202E⟩`), as copied from the dialog. None for a blank phrase.
 */
function acceptedTexts(phrase: string): string[] {
  const expected = normalizeConfirmText(phrase)
  if (expected === '') return []
  const marked = normalizeConfirmText(showHiddenCharacters(phrase))
  return marked === expected ? [expected] : [expected, marked]
}

/**
 * Whether what was typed confirms `phrase`: equal once both are normalised as above. Case, other
 * spaces, other punctuation and letters of every script must match exactly. A blank phrase confirms nothing.
 */
export function matchesConfirmPhrase(typed: string, phrase: string): boolean {
  return acceptedTexts(phrase).includes(normalizeConfirmText(typed))
}

/** Whether the phrase holds a dash or curly quote that may be typed plainly (the field then says so). */
export function hasTypographicMarks(phrase: string): boolean {
  return normalizeConfirmText(phrase) !== asShown(phrase)
}

/** Whether the phrase holds hidden characters, shown as marks that are not typed (the field then says so). */
export function hasHiddenCharacters(phrase: string): boolean {
  return showHiddenCharacters(phrase) !== phrase
}

/** What the typed confirmation stands for: one key's name (its ID when it has none), or the number of keys the action changes. */
export type ConfirmKind = 'name' | 'id' | 'count'

/**
 * "the key’s name", "the key’s ID", "the number of keys to revoke". `verb`, for a count: what the
 * action does, in the infinitive ("revoke"). The count is of the keys it changes, not of those
 * selected: keys already revoked are skipped, and "the number of selected keys" asked for 28 of 39.
 */
export function confirmedThing(kind: ConfirmKind, verb = 'change'): string {
  if (kind === 'count') return `the number of keys to ${verb}`
  return kind === 'id' ? 'the key’s ID' : 'the key’s name'
}

/**
 * What to say under the confirmation field, or null. Nothing while what is typed may still become
 * the phrase (blank, or its start), unless the user has already tried to confirm; then each way it
 * falls short is named, case apart, since that is the mistake a look does not catch.
 */
export function confirmPhraseProblem(typed: string, phrase: string, kind: ConfirmKind, tried: boolean, verb?: string): string | null {
  if (matchesConfirmPhrase(typed, phrase)) return null
  const accepted = acceptedTexts(phrase)
  const got = normalizeConfirmText(typed)
  const what = confirmedThing(kind, verb)
  if (got === '') return tried ? `Type ${what} to confirm.` : null
  if (accepted.some((text) => text.startsWith(got))) return tried ? `Type all of ${what}.` : null
  if (kind === 'count') return `That is not ${what}: type ${normalizeConfirmText(phrase)}.`
  if (accepted.some((text) => text.toLowerCase().startsWith(got.toLowerCase()))) return `That is not ${what}: capitals and small letters must match.`
  return `That is not ${what}.`
}
