import type { Environment, KeyStatus } from '../../../api/enums'
import { printSharedFilter } from '../../../api/filter/print'
import { mayUse, type Capabilities, type Capability } from './server-capabilities'
import { isDefaultSort, type ClauseId, type ViewQuery } from './view-query'

/** What goes to the server for a view, page size and token aside. */
export interface ServerRequest {
  statuses: readonly KeyStatus[]
  environment?: Environment
  /** In the syntax every filter dialect reads alike (comparisons joined by AND). */
  filter?: string
  orderBy?: string
}

/** Why part of a view is done in the browser: the server does not do it, or no filter can say it. */
export type BrowserReason =
  | { readonly part: ClauseId | 'sort'; readonly because: 'server'; readonly capability: Capability; readonly support: 'ignored' | 'refused' }
  | { readonly part: ClauseId; readonly because: 'language' }

/** The server answers the whole view, page by page; every answer is still checked. */
export interface ServerPlan {
  readonly mode: 'server'
  readonly request: ServerRequest
  /** Which capability carried each clause and the order: the one to blame when an answer is wrong. */
  readonly carriedBy: Readonly<Partial<Record<ClauseId, Capability>>>
  readonly orderedBy: Capability
  /** Capabilities the request relies on that nobody has checked on this server yet. */
  readonly unproven: readonly Capability[]
}

/** The browser reads every key of the asked statuses, then filters, sorts, counts and pages. */
export interface BrowserPlan {
  readonly mode: 'browser'
  readonly request: ServerRequest
  readonly reasons: readonly BrowserReason[]
}

export type ListPlan = ServerPlan | BrowserPlan

/**
 * Plans a view for a server: it is sent only what the server is known (or not yet known not) to
 * honour, in syntax every dialect that has it reads alike; if anything is left over, the browser
 * does the whole view from every key of the asked statuses.
 */
export function planList(query: ViewQuery, capabilities: Capabilities): ListPlan {
  const request: ServerRequest = { statuses: query.statuses }
  const filters: string[] = []
  const carriedBy: Partial<Record<ClauseId, Capability>> = {}
  const reasons: BrowserReason[] = []
  const notHonoured = (part: ClauseId | 'sort', capability: Capability) => {
    const support = capabilities[capability]
    if (support === 'ignored' || support === 'refused') reasons.push({ part, because: 'server', capability, support })
  }

  for (const { id, node } of query.clauses) {
    if (id === 'status') {
      if (mayUse(capabilities.status)) carriedBy.status = 'status'
      else notHonoured(id, 'status')
      continue
    }
    if (id === 'environment' && node.kind === 'enum' && mayUse(capabilities.environment)) {
      request.environment = node.value as Environment
      carriedBy.environment = 'environment'
      continue
    }
    const text = printSharedFilter(node)
    if (text !== null && mayUse(capabilities.filter)) {
      filters.push(text)
      carriedBy[id] = 'filter'
    } else if (text === null) reasons.push({ part: id, because: 'language' })
    else notHonoured(id, id === 'environment' ? 'environment' : 'filter')
  }

  let orderedBy: Capability = 'orderBy'
  if (isDefaultSort(query.sort) && mayUse(capabilities.defaultOrder)) orderedBy = 'defaultOrder'
  else if (mayUse(capabilities.orderBy)) request.orderBy = `${query.sort.field}${query.sort.descending ? ' desc' : ''}`
  else notHonoured('sort', 'orderBy')

  if (reasons.length > 0) return { mode: 'browser', request: { statuses: query.statuses }, reasons }
  if (filters.length > 0) request.filter = filters.join(' AND ')
  const used: Capability[] = [...Object.values(carriedBy), orderedBy]
  const unproven = [...new Set(used)].filter((capability) => capabilities[capability] === 'unknown')
  return { mode: 'server', request, carriedBy, orderedBy, unproven }
}
