import { formatCount } from '../../../lib/intl'
import { shortRead, type KeysMissing } from './answer-faults'

// The notice's words for what a server's answers got wrong (answer-faults-notice.tsx, loaded when one shows).

/** The words for keys the server sent more than once (counted in rows left out). */
export function repeatedMessage(count: number): string {
  return count === 1 ? 'The server sent 1 key twice; it is shown once.' : `The server repeated keys ${formatCount(count)} times; each key is shown once.`
}

/** The words for a read that came short, under a list (its count is not shown) or figures (counted from it). */
export function missingMessage(missing: KeysMissing, under: 'list' | 'figures' = 'list'): string {
  const consequence = under === 'list' ? ' here, so the count is not shown' : ', so these figures may be low'
  return `${shortRead(missing)}${consequence}. Reading again may get them all.`
}

/** The words for rows past the page size asked for. */
export function pastPageSizeMessage(count: number): string {
  const rows = count === 1 ? '1 row' : `${formatCount(count)} rows`
  return `The server sent ${rows} more than the page asked for, a fault on its side; only the rows asked for are shown.`
}

export const CHANGED_MESSAGE = 'The list changed while it was being read: its count moved between pages, so the count is not shown and keys may be skipped or repeated across pages.'
/** The figures' words: counted from keys read while some were created or deleted, they may be high as well as low. */
export const FIGURES_CHANGED_MESSAGE = 'The keys changed while they were read: the server’s count moved between pages, so these figures may be off, too high or too low. Reading again counts them afresh.'
export const LOOP_MESSAGE = 'The server’s next page leads back to pages already read, a fault on its side, so there is no next page to offer.'
