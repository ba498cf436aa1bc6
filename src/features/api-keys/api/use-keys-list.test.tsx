// The list layer over servers that honour different subsets of the list parameters: every row,
// the order and the count must be those this test computes itself from the mock's records.
import { waitFor } from '@testing-library/react'
import { http } from 'msw'
import { browserNote } from '../model/browser-note'
import { NETWORK_ERROR } from '../../../mocks/mock-api'
import { TEST_API_BASE } from '../../../test/mock-api-server'
import { answer, expected, mock, renderList, serve, settled } from '../../../test/keys-list-harness'

afterEach(() => window.history.replaceState(null, '', '/'))

const VIEWS = [
  '',
  '?env=PRODUCTION',
  '?status=SUSPENDED,REVOKED&type=USER',
  '?used=used_24h&sort=name.asc',
  '?env=STAGING&used=unused_90d&sort=last_used_at.asc',
  '?q=bridge',
  '?type=SERVICE&sort=last_used_at.desc&size=10&page=3',
  '?env=DEVELOPMENT&sort=create_time.asc&page=2',
]

describe.each(['documented', 'coval', 'aip160'] as const)('right answers from a %s server', (dialect) => {
  it.each(VIEWS)('view %j', async (search) => {
    serve(dialect)
    const { got, want } = await answer(search)
    expect(got).toEqual(want)
  })
})

describe('capability detection', () => {
  it('an ignored environment is found by its probe; the environment then goes in the filter', async () => {
    const seen = serve('coval', { ignore: ['environment'] })
    const { capabilities, got, want } = await answer('?env=PRODUCTION')
    expect(got).toEqual(want)
    expect(capabilities()).toMatchObject({ environment: 'ignored', filter: 'honoured' })
    expect(seen.at(-1)?.searchParams.get('filter')).toBe('environment = "PRODUCTION"')
  })

  it('an ignored environment is caught even when the first page happens to match, so the count is right', async () => {
    // The newest 45 keys are all production: pages 1 and 2 (fetched ahead) of an ignoring server look right, its count does not.
    const records = mock.store.all().sort((a, b) => b.create_time.localeCompare(a.create_time))
    mock.store.replaceAll(records.map((r, i) => (i < 45 ? { ...r, environment: 'PRODUCTION' } : r)))
    serve('documented')
    const { capabilities, shown, got, want } = await answer('?env=PRODUCTION')
    expect(got).toEqual(want)
    expect(shown.list.total).toBeLessThan(records.length)
    expect(capabilities().environment).toBe('ignored')
  })

  it('an ignored filter is found by its probe, and the browser filters', async () => {
    const seen = serve('coval', { ignore: ['filter'] })
    const { capabilities, shown, got, want } = await answer('?type=USER')
    expect(got).toEqual(want)
    expect(capabilities()).toMatchObject({ filter: 'ignored' })
    expect(browserNote(shown.browserReasons ?? [])).toBe('This server ignores the type filter; filtering here in your browser.')
    expect(seen.at(-1)?.searchParams.get('page_size')).toBe('100')
  })

  it('an ignored order is found by its probe, and the browser sorts', async () => {
    serve('coval', { ignore: ['order_by'] })
    const { capabilities, shown, got, want } = await answer('?sort=name.desc')
    expect(got).toEqual(want)
    expect(capabilities()).toMatchObject({ orderBy: 'ignored' })
    expect(browserNote(shown.browserReasons ?? [])).toBe('This server ignores the sort order; sorting here in your browser.')
  })

  it.each(['environment', 'filter', 'order_by'] as const)('a 400 naming %s marks it refused', async (parameter) => {
    serve('coval', { refuse: [parameter] })
    const search = { environment: '?env=STAGING', filter: '?type=SERVICE', order_by: '?sort=last_used_at.asc' }[parameter]
    const { capabilities, got, want } = await answer(search)
    expect(got).toEqual(want)
    const capability = parameter === 'order_by' ? 'orderBy' : parameter
    expect(capabilities()[capability]).toBe('refused')
  })

  it('a bare 400 without details, its message naming the parameter, counts as refusing it', async () => {
    mock.api.setDialect('coval')
    mock.server.use(
      http.get(`${TEST_API_BASE}/v1/api-keys`, async ({ request }) => {
        const url = new URL(request.url)
        if (url.searchParams.has('environment')) return Response.json({ error: { code: 'INVALID_ARGUMENT', message: 'Unknown query parameter: environment' } }, { status: 400 })
        const result = await mock.api.handle(new Request(url, { headers: request.headers }))
        return result === NETWORK_ERROR ? Response.error() : result
      }),
    )
    const { capabilities, got, want } = await answer('?env=PRODUCTION&type=USER')
    expect(got).toEqual(want)
    expect(capabilities()).toMatchObject({ environment: 'refused', filter: 'honoured' })
  })

  it('a server that ignores a parameter only after the probe is caught by the rows it sends', async () => {
    // Honest while probed (page_size 1 and 2), ignoring afterwards: the check of each row catches it.
    mock.api.setDialect('coval')
    mock.server.use(
      http.get(`${TEST_API_BASE}/v1/api-keys`, async ({ request }) => {
        const url = new URL(request.url)
        if (Number(url.searchParams.get('page_size')) > 2) url.searchParams.delete('environment')
        const result = await mock.api.handle(new Request(url, { headers: request.headers }))
        return result === NETWORK_ERROR ? Response.error() : result
      }),
    )
    const { capabilities, got, want } = await answer('?env=DEVELOPMENT')
    expect(got).toEqual(want)
    expect(capabilities().environment).toBe('ignored')
  })

  it('under coval, the plain view and an environment need no browser read', async () => {
    const seen = serve('coval')
    const { got, want } = await answer('?env=PRODUCTION&type=SERVICE&sort=name.asc')
    expect(got).toEqual(want)
    expect(seen.every((url) => Number(url.searchParams.get('page_size')) <= 20)).toBe(true)
    expect(seen.at(-1)?.searchParams.get('filter')).toBe('key_type = "SERVICE"')
  })

  it('a probe that fails shows its error, and Retry probes again and shows the view', async () => {
    const seen = serve('coval')
    let failing = true
    mock.server.use(
      http.get(`${TEST_API_BASE}/v1/api-keys`, ({ request }) => {
        const url = new URL(request.url)
        if (!failing || !url.searchParams.has('environment')) return undefined
        seen.push(url)
        return Response.json({ error: { code: 'INTERNAL', message: 'Down for a moment.' } }, { status: 500 })
      }),
    )
    const { result } = renderList('?env=PRODUCTION')
    await waitFor(() => expect(result.current.list.error).not.toBeNull())
    expect(result.current.list.rows).toEqual([])
    failing = false
    result.current.list.retry()
    const shown = await settled(result)
    expect({ ids: shown.list.rows.map((r) => r.id), total: shown.list.total }).toEqual(expected('?env=PRODUCTION', mock.store.all()))
  })
})
