// The export run: a whole view read and saved once; Cancel and failures save nothing; Retry starts over.
import { QueryClient } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { http } from 'msw'
import { NETWORK_ERROR } from '../../../mocks/mock-api'
import { TEST_API_BASE, startMockApiServer } from '../../../test/mock-api-server'
import { parseListView } from '../model/list-view'
import { useExportView } from './use-export-view'
import { servicesWrapper, testServices } from '../../../test/test-services'

const mock = startMockApiServer()
const saved: { name: string; blob: Blob }[] = []

beforeEach(() => {
  saved.length = 0
  mock.api.setDialect('coval')
  // jsdom has no object URLs, and a click on a download link would try to navigate.
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:export')
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = vi.mocked(URL.createObjectURL).mock.calls.at(-1)?.[0]
    if (blob instanceof Blob) saved.push({ name: this.download, blob })
  })
})

afterEach(() => vi.restoreAllMocks())

async function passThrough(request: Request): Promise<Response> {
  const result = await mock.api.handle(request)
  return result === NETWORK_ERROR ? Response.error() : result
}

function renderExport(query: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const wrapper = servicesWrapper(testServices({ queryClient }))
  return renderHook(() => useExportView(parseListView(new URLSearchParams(query))), { wrapper })
}

describe('useExportView', () => {
  it('reads every key of the view, then saves one file named after it', async () => {
    const { result } = renderExport('env=PRODUCTION&page=2')
    act(() => result.current.start('json'))
    expect(result.current.state).toEqual({ kind: 'reading', read: 0, expected: null })
    await waitFor(() => expect(result.current.state.kind).toBe('done'))
    const production = mock.store.all().filter((r) => r.environment === 'PRODUCTION')
    expect(result.current.state).toEqual({ kind: 'done', count: production.length, fileName: expect.stringMatching(/^coval-api-keys-production-\d{4}-\d\d-\d\d\.json$/) })
    expect(saved).toHaveLength(1)
    const rows = JSON.parse(await saved[0]?.blob.text() ?? '') as { id: string }[]
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(production.map((r) => r.id)))
  })

  it('saves nothing when cancelled, and stops asking', async () => {
    // The second page is held until the test lets it go: Cancel comes while it is in flight.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    let answered: () => void = () => {}
    const done = new Promise<void>((resolve) => (answered = resolve))
    const asked: string[] = []
    mock.server.use(
      http.get(`${TEST_API_BASE}/v1/api-keys`, async ({ request }) => {
        asked.push(request.url)
        if (!new URL(request.url).searchParams.has('page_token')) return passThrough(request)
        await held
        answered()
        return passThrough(request)
      }),
    )
    const { result } = renderExport('')
    act(() => result.current.start('csv'))
    await waitFor(() => expect(asked).toHaveLength(2))
    act(() => result.current.cancel())
    expect(result.current.state).toEqual({ kind: 'cancelled' })
    release()
    await done
    // Whatever the held answer set off has run by the next task.
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(asked).toHaveLength(2)
    expect(result.current.state).toEqual({ kind: 'cancelled' })
    expect(saved).toHaveLength(0)
  })

  it('says how far it got when a page fails, saves nothing, and Retry reads it all again', async () => {
    mock.api.faults.set({ latencyMs: 50, fault: null, times: null })
    const { result } = renderExport('')
    act(() => result.current.start('csv'))
    await waitFor(() => expect(result.current.state).toMatchObject({ kind: 'reading', read: 100 }))
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'status', status: 500, body: 'envelope' }, times: null })
    await waitFor(() => expect(result.current.state.kind).toBe('failed'))
    expect(result.current.state).toMatchObject({ kind: 'failed', expected: mock.store.size, error: expect.objectContaining({ status: 500 }) })
    expect(saved).toHaveLength(0)

    mock.api.faults.clear()
    act(() => result.current.retry())
    await waitFor(() => expect(result.current.state).toMatchObject({ kind: 'done', count: mock.store.size }))
    expect(saved.map((file) => file.name)).toEqual([expect.stringMatching(/^coval-api-keys-all-.*\.csv$/)])
    // The header and one line per key: nothing of the failed read is kept.
    expect((await saved[0]?.blob.text())?.split('\r\n')).toHaveLength(mock.store.size + 2)
  })
})
