import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useExpressionParser } from '../hooks/use-expression-parser'
import { useNow } from '../../../hooks/use-now'
import { useListView } from '../hooks/use-list-view'
import { browserNote } from '../model/browser-note'
import { planList } from '../model/list-plan'
import { DEFAULT_VIEW, isFiltered, parseListView, serializeListView, updateView, type ListView } from '../model/list-view'
import { toViewQuery } from '../model/view-query'
import { useServerCapabilities } from './capability-store'
import type { ListState } from './list-state'
import { isProbed, probeOptions } from './probe-capability'
import { useBrowserList } from './use-browser-list'
import { useServerList } from './use-server-list'

/**
 * The keys list as the URL describes it: planned for the server in use, every answer checked, read
 * in the browser where the server falls short. The one hook the page's components use.
 */
export function useKeysList() {
  const [view, setView] = useListView()
  const now = useNow()
  // Everything but the page: a page turn re-plans nothing.
  const filterKey = serializeListView({ ...view, page: 1 }).toString()
  // A view with an expression waits for its parser: until then nothing is asked, so no unfiltered row shows.
  const reader = useExpressionParser(view.expression.trim() !== '')
  const parserReady = reader !== null
  const query = useMemo(() => toViewQuery(parseListView(new URLSearchParams(filterKey)), now, reader ?? undefined), [filterKey, now, reader])
  const { baseUrl, capabilities, store } = useServerCapabilities()
  const plan = useMemo(() => planList(query, capabilities), [query, capabilities])

  // Parameters not yet proven on this server are probed before an answer that relies on them is shown.
  const probes = useQueries({ queries: (plan.mode === 'server' ? plan.unproven : []).filter(isProbed).map((c) => probeOptions(store, baseUrl, c)) })
  const pageSize = view.pageSize
  const serverContext = useMemo(
    () => (parserReady && plan.mode === 'server' && plan.unproven.length === 0 ? { plan, query, pageSize, baseUrl, store } : null),
    [parserReady, plan, query, pageSize, baseUrl, store],
  )
  const browserContext = useMemo(() => (parserReady && plan.mode === 'browser' ? { statuses: plan.request.statuses, query, pageSize } : null), [parserReady, plan, query, pageSize])
  const server = useServerList(serverContext, view.page)
  const browser = useBrowserList(browserContext, view.page)
  const probeError = probes.find((probe) => probe.error)?.error
  // A failed probe leaves nothing of this view to show: the error, and Retry asks again.
  const probeFailure = probeError ? { ...server, rows: [], total: null, pending: true, placeholder: false, error: probeError, retry: () => probes.forEach((p) => void p.refetch()) } : null
  const list: ListState = browser ?? probeFailure ?? server

  const change = (next: ListView, mode: 'push' | 'replace' = 'push') => setView(next, mode)
  const goToPage = (page: number) => change({ ...view, page })
  // An invalid expression is not applied: the list is not filtered by it, and must not say so.
  const applied = reader !== null && reader(view.expression).kind === 'invalid' ? { ...view, expression: '' } : view
  return {
    view,
    now,
    list,
    /** Whether what is shown is narrowed by any filter that is applied. */
    filtered: isFiltered(applied),
    /** Why part of the view is done in the browser, when it is. */
    note: parserReady && plan.mode === 'browser' ? browserNote(plan.reasons) : null,
    setExpression: (expression: string) => change(updateView(view, { expression }), 'replace'),
    setSearch: (search: string) => change(updateView(view, { search }), 'replace'),
    setFilters: (filters: Partial<ListView>) => change(updateView(view, filters)),
    reset: () => change({ ...DEFAULT_VIEW, sort: view.sort, pageSize: view.pageSize }),
    canPrevious: view.page > 1,
    next: () => list.canNext && !list.placeholder && goToPage(view.page + 1),
    // Pages before a pasted link's were read on the way to it, so Previous is usually instant.
    previous: () => view.page > 1 && goToPage(view.page - 1),
    first: () => goToPage(1),
  }
}

export type KeysList = ReturnType<typeof useKeysList>
