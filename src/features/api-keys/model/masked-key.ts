/** Characters an API uses to hide a secret (`****-****-****-o5p6`, `coval_sk_…o5p6`, `••••o5p6`). */
const MASK_RUN = /[*•…·.\-\s]+/

/** The visible end of a masked key (`o5p6` of `****-****-****-o5p6`), or null when nothing after a mask shows. */
export function maskedTail(masked: string): string | null {
  const match = /[*•…]+[-_.\s]*([A-Za-z0-9_]+)$/.exec(masked)
  return match?.[1] ?? null
}

/** The short form the table shows: `…o5p6`; a key in a shape this page does not know shows whole. */
export function shortMaskedKey(masked: string): string {
  const tail = maskedTail(masked)
  return tail === null ? masked : `…${tail}`
}

/**
 * What a search asks of the key's end, or null when it does not look like one: the last characters
 * (`o5p6`, `…o5p6`, `****-o5p6`, at least four) or a whole leaked secret (`coval_sk_…`), whose last
 * four characters are what the masked form shows.
 */
export function searchedKeyEnd(term: string): string | null {
  const text = term.trim()
  if (/^coval_sk_[A-Za-z0-9_]{8,}$/.test(text)) return text.slice(-4)
  const rest = text.replace(new RegExp(`^${MASK_RUN.source}`), '')
  return /^[A-Za-z0-9]{4,}$/.test(rest) ? rest : null
}

/**
 * What a search keeps of a whole secret in it: `…o5p6`, its last four characters (all a search can
 * match: keys are shown masked), so the secret reaches neither the address, the history, a saved
 * view nor an export's label. Found wherever it is in the text, as it is copied from a log, JSON or
 * a `.env` file (`"coval_sk_…"`, `COVAL_API_KEY=coval_sk_…`). Anything else is kept as typed.
 */
export function withoutWholeSecret(term: string): string {
  const secret = /coval_sk_[A-Za-z0-9_]{20,}/.exec(term)?.[0]
  return secret ? `…${secret.slice(-4)}` : term
}
