import { andList } from '../../../lib/intl'
import type { BrowserReason } from './list-plan'
import type { ClauseId } from './view-query'

type ServerReason = Extract<BrowserReason, { because: 'server' }>
type LanguageReason = Extract<BrowserReason, { because: 'language' }>

// What the server was asked to do and did not, named as the person set it: a type filter the server
// ignores went as `filter=`, but "this server ignores filters" beside "the environment filter" read
// as two faults where one list of what it ignores says it once.
const FILTER_NAMES: Readonly<Partial<Record<ClauseId, string>>> = { lastUsed: 'last-use', created: 'creation-date', id: 'ID' }

/** "the environment and type filters, the search, the filter expression and the sort order" */
function whatIsNotDone(reasons: readonly ServerReason[]): string {
  const parts = new Set(reasons.map((reason) => reason.part))
  const filters = [...parts].flatMap((part) => (part === 'sort' || part === 'expression' || part === 'search' ? [] : [FILTER_NAMES[part] ?? part]))
  return andList([
    ...(filters.length > 0 ? [`the ${andList(filters)} ${filters.length === 1 ? 'filter' : 'filters'}`] : []),
    ...(parts.has('search') ? ['the search'] : []),
    ...(parts.has('expression') ? ['the filter expression'] : []),
    ...(parts.has('sort') ? ['the sort order'] : []),
  ])
}

// The language is Coval's (the smaller one its other lists take), which the app writes to every
// server: an AIP-160 server could say more, but is not asked to. "The API's filter cannot ask for
// keys never used" read as a fault of a server that can.
function whatCannotBeSaid(reason: LanguageReason): string {
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

/**
 * One calm sentence on why the browser does part of the view, each reason said once, e.g. "This
 * server ignores the environment and type filters; filtering here in your browser."
 */
export function browserNote(reasons: readonly BrowserReason[]): string | null {
  if (reasons.length === 0) return null
  const server = reasons.filter((reason): reason is ServerReason => reason.because === 'server')
  const ignored = server.filter((reason) => reason.support === 'ignored')
  const refused = server.filter((reason) => reason.support === 'refused')
  const whys = [
    ...(ignored.length > 0 ? [`this server ignores ${whatIsNotDone(ignored)}`] : []),
    ...(refused.length > 0 ? [`this server refuses ${whatIsNotDone(refused)}`] : []),
    ...unique(reasons.filter((reason): reason is LanguageReason => reason.because === 'language').map(whatCannotBeSaid)),
  ].join(', and ')
  const verbs = unique(reasons.map(doing)).join(' and ')
  return `${whys.charAt(0).toUpperCase()}${whys.slice(1)}; ${verbs} here in your browser.`
}
