// A server-answered view read page by page from answers that lie: a count that moves, tokens and pages that go round.
import { QueryClient } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { planList } from '../model/list-plan'
import { DEFAULT_VIEW } from '../model/list-view'
import { toViewQuery } from '../model/view-query'
import { TEST_API_BASE, startMockApiServer, testApiClient } from '../../../test/mock-api-server'
import { capabilityStore } from './capability-store'
import { PageBeyondEnd, PageLoop, serverPageOptions, type ServerListContext } from './server-page'

const mock = startMockApiServer()
const PAGE_SIZE = 2

/** The seed's keys, newest first (ties by id), as the default view lists them. */
const newest = () => mock.store.all().toSorted((a, b) => b.create_time.localeCompare(a.create_time) || a.id.localeCompare(b.id))

/** Answers a page by its token ('' for the first): rows by index into the seed, newest first. */
function serve(pages: Record<string, { rows: number[]; next: string | null; total: number }>) {
  const newestFirst = newest()
  mock.server.use(
    http.get(`${TEST_API_BASE}/v1/api-keys`, ({ request }) => {
      const answer = pages[new URL(request.url).searchParams.get('page_token') ?? '']
      if (!answer) return HttpResponse.json({ error: { code: 'NOT_FOUND', message: 'no such page' } }, { status: 404 })
      return HttpResponse.json({ api_keys: answer.rows.map((i) => newestFirst[i]), next_page_token: answer.next, total_count: answer.total })
    }),
  )
}

function reader() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const store = capabilityStore(client)
  const query = toViewQuery(DEFAULT_VIEW, Date.now())
  const plan = planList(query, store.get(TEST_API_BASE))
  if (plan.mode !== 'server') throw new Error('the plain view should be answered by the server')
  const context: ServerListContext = { api: testApiClient(), plan, query, pageSize: PAGE_SIZE, baseUrl: TEST_API_BASE, store }
  return Object.assign((page: number) => client.fetchQuery(serverPageOptions(context, page)), { client })
}

describe('reading server pages', () => {
  it('finds nothing wrong in honest pages', async () => {
    serve({ '': { rows: [0, 1], next: 't2', total: 5 }, t2: { rows: [2, 3], next: 't3', total: 5 } })
    const page = await reader()(2)
    expect(page).toMatchObject({ changed: false, loops: false, total_count: 5 })
  })

  it('marks a count that moved between pages, and every page after it', async () => {
    serve({ '': { rows: [0, 1], next: 't2', total: 60 }, t2: { rows: [2, 3], next: 't3', total: 61 }, t3: { rows: [4, 5], next: null, total: 61 } })
    const read = reader()
    expect((await read(2)).changed).toBe(true)
    expect((await read(3)).changed).toBe(true)
  })

  it('marks a page whose rows run past the count it gives', async () => {
    serve({ '': { rows: [0, 1], next: 't2', total: 3 }, t2: { rows: [2, 3], next: null, total: 3 } })
    expect((await reader()(2)).changed).toBe(true)
  })

  it('marks a page whose token onward was used already, and refuses the page past it', async () => {
    serve({ '': { rows: [0, 1], next: 't2', total: 9 }, t2: { rows: [2, 3], next: 't2', total: 9 } })
    const read = reader()
    expect((await read(2)).loops).toBe(true)
    await expect(read(3)).rejects.toBeInstanceOf(PageLoop)
  })

  it('refuses a page of rows already read, whatever its token', async () => {
    serve({ '': { rows: [0, 1], next: 't2', total: 9 }, t2: { rows: [2, 3], next: 'fresh', total: 9 }, fresh: { rows: [0, 1], next: 'fresher', total: 9 } })
    await expect(reader()(3)).rejects.toBeInstanceOf(PageLoop)
  })

  it('shows a key repeated from an earlier page once, counted, without blaming the sort it seems to break', async () => {
    // Row 0 (the newest) again on page 2, before row 2: read with it, page 2 would run out of order.
    serve({ '': { rows: [0, 1], next: 't2', total: 4 }, t2: { rows: [0, 2], next: 't3', total: 4 } })
    const read = reader()
    const first = await read(1)
    const second = await read(2)
    expect(first.api_keys.map((key) => key.id)).toEqual(newest().slice(0, 2).map((key) => key.id))
    expect(second.api_keys.map((key) => key.id)).toEqual([newest()[2]?.id])
    expect(second).toMatchObject({ repeated_ids: 1, changed: false, loops: false })
  })

  it('after a write of ours, keeps a key the page before showed when it was read before the write: the rows moved along, the server did not repeat', async () => {
    serve({ '': { rows: [0, 1], next: 't2', total: 6 }, t2: { rows: [2, 3], next: 't3', total: 6 }, t3: { rows: [3, 4], next: 't4', total: 7 } })
    const read = reader()
    await read(2)
    // A key created: every row moves one along, and the pages read so far are out of date (not read again until shown).
    await read.client.invalidateQueries({ refetchType: 'none' })
    const third = await read(3)
    expect(third.api_keys.map((key) => key.id)).toEqual([newest()[3]?.id, newest()[4]?.id])
    expect(third).toMatchObject({ repeated_ids: 0, repeatedSoFar: 0, loops: false })
  })

  it('at the last page, counts the repeats of every page and says how many keys the server counted but never sent', async () => {
    // Page 2 and 3 each send page 1's first key again in place of another: two keys of the six counted never come.
    serve({ '': { rows: [0, 1], next: 't2', total: 6 }, t2: { rows: [0, 2], next: 't3', total: 6 }, t3: { rows: [0, 3], next: null, total: 6 } })
    const read = reader()
    const second = await read(2)
    expect(second).toMatchObject({ repeatedSoFar: 1, missing: null })
    const last = await read(3)
    expect(last).toMatchObject({ repeated_ids: 1, repeatedSoFar: 2, missing: { counted: 6, received: 4 } })
    // Numbered on from the rows shown: page 2 showed one row, so page 3 starts at row 4, not 5.
    expect([(await read(1)).shownBefore, second.shownBefore, last.shownBefore]).toEqual([0, 2, 3])
  })

  it('numbers a page on from the rows the pages before showed, less those left out without an id', async () => {
    serve({ '': { rows: [0, 1], next: 't2', total: 6 }, t2: { rows: [2, 3], next: 't3', total: 6 }, t3: { rows: [4, 5], next: null, total: 6 } })
    mock.server.use(
      http.get(`${TEST_API_BASE}/v1/api-keys`, ({ request }) => {
        if (new URL(request.url).searchParams.get('page_token') !== null) return undefined
        return HttpResponse.json({ api_keys: [newest()[0], { ...newest()[1], id: undefined }], next_page_token: 't2', total_count: 6 })
      }),
    )
    const read = reader()
    expect((await read(2)).shownBefore).toBe(1)
    expect((await read(3)).shownBefore).toBe(3)
  })

  it('says nothing is missing when the last page brings every key counted', async () => {
    serve({ '': { rows: [0, 1], next: 't2', total: 4 }, t2: { rows: [2, 3], next: null, total: 4 } })
    expect(await reader()(2)).toMatchObject({ repeatedSoFar: 0, missing: null })
  })

  it('takes a count above the keys sent as keys missing at the end, not before', async () => {
    serve({ '': { rows: [0, 1], next: 't2', total: 7 }, t2: { rows: [2, 3], next: null, total: 7 } })
    const read = reader()
    expect((await read(1)).missing).toBeNull()
    expect((await read(2)).missing).toEqual({ counted: 7, received: 4 })
  })

  it('says a page far past the end is past the end (each page before is asked for first, none on the same stack)', async () => {
    serve({ '': { rows: [0, 1], next: 't2', total: 3 }, t2: { rows: [2], next: null, total: 3 } })
    await expect(reader()(5000)).rejects.toBeInstanceOf(PageBeyondEnd)
  })
})
