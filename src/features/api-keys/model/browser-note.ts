import type { BrowserReason } from './list-plan'
import type { Capability } from './server-capabilities'

const IGNORED: Readonly<Record<Capability, string>> = {
  environment: 'this server ignores the environment filter',
  filter: 'this server ignores filters',
  orderBy: 'this server ignores the sort order',
  status: 'this server ignores the status filter',
  defaultOrder: 'this server does not list the newest keys first',
}

const REFUSED: Readonly<Record<Capability, string>> = {
  environment: 'this server refuses the environment filter',
  filter: 'this server refuses filters',
  orderBy: 'this server refuses the sort order',
  status: 'this server refuses the status filter',
  defaultOrder: 'this server refuses the sort order',
}

// The language is Coval's (the smaller one its other lists take), which the app writes to every
// server: an AIP-160 server could say more, but is not asked to. "The API's filter cannot ask for
// keys never used" read as a fault of a server that can.
function why(reason: BrowserReason): string {
  if (reason.because === 'server') return (reason.support === 'refused' ? REFUSED : IGNORED)[reason.capability]
  if (reason.part === 'search') return 'Coval’s filter language has no name search'
  // "Not used in 90 days" holds the keys never used too.
  if (reason.part === 'lastUsed') return 'Coval’s filter language cannot select keys never used'
  return 'Coval’s filter language cannot say this'
}

function doing(reason: BrowserReason): string {
  if (reason.part === 'sort') return 'sorting'
  return reason.part === 'search' ? 'searching' : 'filtering'
}

const unique = (items: readonly string[]) => [...new Set(items)]

/** One calm sentence on why the browser does part of the view, e.g. "This server ignores the environment filter; filtering here in your browser." */
export function browserNote(reasons: readonly BrowserReason[]): string | null {
  if (reasons.length === 0) return null
  const whys = unique(reasons.map(why)).join(', and ')
  const verbs = unique(reasons.map(doing)).join(' and ')
  return `${whys.charAt(0).toUpperCase()}${whys.slice(1)}; ${verbs} here in your browser.`
}
