import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useExpressionParser } from '../hooks/use-expression-parser'
import { ParserLoadError } from '../model/expression-reading'
import { useNow } from '../../../hooks/use-now'
import { useListView } from '../hooks/use-list-view'
import { planList } from '../model/list-plan'
import { DEFAULT_VIEW, isFiltered, serializeListView, updateView, type ListView } from '../model/list-view'
import { useServerCapabilities } from './capability-store'
import type { ListState } from './list-state'
import { primeKeysView } from './prime-keys-view'
import { isProbed, probeOptions } from './probe-capability'
import { filterKeyOf, filterQuery, serverListContext } from './server-list-context'
import { apiKeyKeys } from './query-keys'
import { useBrowserList } from './use-browser-list'
import { keySetOptions } from './key-set'
import { useServerList } from './use-server-list'
import { useKeptThroughFailure } from './use-kept-through-failure'

/**
 * The keys list as the URL describes it: planned for the server in use, every answer checked, read
 * in the browser where the server falls short. The one hook the page's components use.
 */
export function useKeysList() {
  const [view, setView, address] = useListView()
  const now = useNow()
  // Everything but the page: a page turn re-plans nothing.
  const filterKey = filterKeyOf(view)
  // A view with an expression waits for its parser: until then nothing is asked, so no unfiltered row shows.
  const parser = useExpressionParser(view.expression.trim() !== '')
  const reader = parser.read
  const parserReady = reader !== null
  const query = useMemo(() => filterQuery(filterKey, now, reader ?? undefined), [filterKey, now, reader])
  const { api, baseUrl, capabilities, store } = useServerCapabilities()
  const plan = useMemo(() => planList(query, capabilities), [query, capabilities])

  // Parameters not yet proven on this server are probed before an answer that relies on them is shown.
  // One query over them rather than useQueries, whose observer the first screen then need not carry.
  const queryClient = useQueryClient()
  const unproven = plan.mode === 'server' ? plan.unproven.filter(isProbed) : []
  const probes = useQuery({
    queryKey: apiKeyKeys.probes(baseUrl, unproven),
    queryFn: () => Promise.all(unproven.map((c) => queryClient.fetchQuery(probeOptions(api, store, baseUrl, c)))),
    enabled: unproven.length > 0,
    staleTime: Infinity,
    // Each probe retries on its own (fetchQuery takes the client's defaults); retrying here too would square it.
    retry: false,
  })
  const pageSize = view.pageSize
  const serverContext = useMemo(
    () => (parserReady ? serverListContext(api, store, baseUrl, query, plan, pageSize) : null),
    [parserReady, plan, query, pageSize, api, baseUrl, store],
  )
  const browserContext = useMemo(
    () => (parserReady && plan.mode === 'browser' ? { statuses: plan.request.statuses, query, pageSize, viewKey: filterKey } : null),
    [parserReady, plan, query, pageSize, filterKey],
  )
  const server = useServerList(serverContext, view.page)
  const browser = useBrowserList(browserContext, view.page)
  // A failed probe leaves nothing of this view to show: the error, and Retry asks again.
  const probeFailure = probes.error && unproven.length > 0 ? { ...server, rows: [], total: null, pending: true, placeholder: false, error: probes.error, retry: () => void probes.refetch() } : null
  // Nor can a view whose expression cannot be read: the parser's code did not load.
  const parserFailure = parser.failure === null ? null : { ...server, rows: [], total: null, pending: true, placeholder: false, error: new ParserLoadError(parser.failure), retry: parser.retry }
  const answered: ListState = parserFailure ?? browser ?? probeFailure ?? server
  const list = useKeptThroughFailure(answered, view.page, view.pageSize, filterKey, browser !== null && answered === browser && waitsForRows(browser))

  const change = (next: ListView, mode: 'push' | 'replace' = 'push') => setView(next, mode)
  const goToPage = (page: number) => change({ ...view, page })
  // An invalid expression is not applied: the list is not filtered by it, and must not say so.
  const applied = reader !== null && reader(view.expression).kind === 'invalid' ? { ...view, expression: '' } : view
  return {
    view,
    /** The address's search, as written (a link's values may be ones the view does not know). */
    address,
    /** Rewrites the address to the view shown, in place. */
    tidyAddress: () => change(view, 'replace'),
    /** The view as the list applies it: an expression that does not parse left out (exported and saved as shown). */
    applied,
    now,
    list,
    /** Whether what is shown is narrowed by any filter that is applied. */
    filtered: isFiltered(applied),
    /** Why part of the view is done in the browser, when it is. */
    // Why the browser filters or sorts instead of the server (BrowserWorkNote words it), when it does.
    browserReasons: parserReady && plan.mode === 'browser' && plan.reasons.length > 0 ? plan.reasons : null,
    setExpression: (expression: string) => change(updateView(view, { expression }), 'replace'),
    setSearch: (search: string) => change(updateView(view, { search }), 'replace'),
    /** A new entry in the history (Back undoes it), or with `replace` this entry rewritten. */
    setFilters: (filters: Partial<ListView>, mode?: 'push' | 'replace') => change(updateView(view, filters), mode),
    /**
     * Fetches ahead the first page of the view `filters` would make (a pointer rests on a filter
     * option), so pressing it shows its rows in the same frame as the pressed option. Only a view the
     * server answers as planned, as on a first load (primeKeysView); the cache keeps it 10 s.
     */
    prefetchFilters: (filters: Partial<ListView>) => void primeKeysView(queryClient, api, serializeListView(updateView(view, filters)).toString(), now),
    /**
     * A search is near (the search box has the focus or the pointer). A search is answered in the
     * browser (no filter dialect the servers share has the name search), from every key of the view's
     * statuses: that read starts now, so the first keystroke's rows show at once. Only before a search,
     * from a view narrowed by status alone (its count is then the read's size), and for a few pages.
     */
    prefetchSearch: () => {
      if (!parserReady || list.total === null || list.total > SEARCH_READ_AHEAD_MAX) return
      if (isFiltered(updateView(view, { statuses: DEFAULT_VIEW.statuses }))) return
      const searched = planList(filterQuery(filterKeyOf(updateView(view, { search: 'a' })), now, reader), capabilities)
      // A set read already is not read again for a pointer passing by: the search's own view refreshes it as it shows.
      if (searched.mode === 'browser') void queryClient.prefetchQuery({ ...keySetOptions(api, searched.request.statuses), staleTime: 'static' })
    },
    reset: () => change({ ...DEFAULT_VIEW, sort: view.sort, pageSize: view.pageSize }),
    canPrevious: view.page > 1,
    next: () => list.canNext && !list.placeholder && goToPage(view.page + 1),
    // Pages before a pasted link's were read on the way to it, so Previous is usually instant.
    previous: () => view.page > 1 && goToPage(view.page - 1),
    first: () => goToPage(1),
    /** The page before, in this one's place in the history: this page emptied under the person reading it. */
    stepBack: () => view.page > 1 && change({ ...view, page: view.page - 1 }, 'replace'),
    /** Reads the view afresh from its first page (after the list changed under a read, or the server's pages looped). */
    startAgain: () => {
      list.startAgain()
      if (view.page !== 1) goToPage(1)
    },
  }
}

export type KeysList = ReturnType<typeof useKeysList>

/** The most keys a search's read is started for before the search is typed: ten pages of 100. */
const SEARCH_READ_AHEAD_MAX = 1_000

/**
 * A view read in the browser keeps the rows on screen (the server's last page after a first search
 * or a refused sort, or the view before, a letter less of the search), dimmed and busy, until its own
 * first rows are read, as a page the server answers keeps the one before: not a skeleton in the
 * table's place (useKeptThroughFailure holds the rows on screen). Not once it failed or was stopped.
 */
function waitsForRows(browser: ListState): boolean {
  return browser.pending && browser.error === null && browser.stopped === null
}
