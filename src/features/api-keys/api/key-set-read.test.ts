// A whole read of the keys: a page that fails is asked again on its own, as the client's retry
// rule says, and the read goes on from it; the pages read before it are not read again.
import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { KEY_STATUSES } from '../../../api/enums'
import { NETWORK_ERROR } from '../../../mocks/mock-api'
import { TEST_API_BASE, startMockApiServer, testApiClient } from '../../../test/mock-api-server'
import { createQueryClient } from '../../../app/query-client'
import { keySetOptions, type KeySet } from './key-set'

const NOW = new Date()
const mock = startMockApiServer(() => NOW)

/** The pages asked for, by token ('first' for the first); `failing(token, asked)` says which answers fail with a 503. */
function servePages(failing: (token: string, asked: number) => boolean): string[] {
  const asked: string[] = []
  mock.server.use(
    http.get(`${TEST_API_BASE}/v1/api-keys`, async ({ request }) => {
      const token = new URL(request.url).searchParams.get('page_token') ?? 'first'
      asked.push(token)
      if (failing(token, asked.filter((t) => t === token).length)) {
        return HttpResponse.json({ error: { code: 503, status: 'UNAVAILABLE', message: 'Try again.' } }, { status: 503 })
      }
      const result = await mock.api.handle(request)
      return result === NETWORK_ERROR ? Response.error() : result
    }),
  )
  return asked
}

const readAll = (retry: number | false) =>
  new QueryClient({ defaultOptions: { queries: { retry, retryDelay: 0 } } }).fetchQuery(keySetOptions(testApiClient(), KEY_STATUSES))

describe('keySetOptions: a whole read', () => {
  beforeEach(() => mock.api.setDialect('documented'))

  it('asks a failed page again and goes on from it: every key read, the pages before it read once', async () => {
    // The second page fails twice, then answers.
    const asked = servePages((token, times) => token !== 'first' && asked.indexOf(token) === 1 && times <= 2)
    const set = await readAll(3)
    expect(set.complete).toBe(true)
    expect(set.api_keys).toHaveLength(mock.store.size)
    expect(asked.filter((t) => t === 'first')).toHaveLength(1)
    expect(asked).toHaveLength(Math.ceil(mock.store.size / 100) + 2)
  })

  it('gives up on a page as the client’s rule says, without reading the whole again', async () => {
    const asked = servePages((token) => token !== 'first')
    await expect(readAll(3)).rejects.toMatchObject({ status: 503 })
    // The first page once; the second four times (once, then three retries).
    expect(asked.filter((t) => t === 'first')).toHaveLength(1)
    expect(asked).toHaveLength(5)
  })

  it('a first read that fails keeps every key it read in the cache, not only those last shown (the count said 100 when 200 were read)', async () => {
    // The third page fails for good; the first two answer at once, within one showing's interval.
    const asked = servePages((token) => token !== 'first' && asked.indexOf(token) >= 2)
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const options = keySetOptions(testApiClient(), KEY_STATUSES)
    await expect(client.fetchQuery(options)).rejects.toMatchObject({ status: 503 })
    const kept = client.getQueryData<KeySet>(options.queryKey)
    expect(kept?.api_keys).toHaveLength(200)
    expect(kept?.complete).toBe(false)
  })

  it('asks nothing again where the client retries nothing', async () => {
    const asked = servePages((token) => token !== 'first')
    await expect(readAll(false)).rejects.toMatchObject({ status: 503 })
    expect(asked).toHaveLength(2)
  })

  it('a read cut short as its last watcher left is read again by the next, not kept as an answer', async () => {
    // The first page answers; the others wait until let go, so the read is caught midway.
    let letGo = () => {}
    const held = new Promise<void>((resolve) => (letGo = resolve))
    mock.server.use(
      http.get(`${TEST_API_BASE}/v1/api-keys`, async ({ request }) => {
        if (new URL(request.url).searchParams.has('page_token')) await held
        const result = await mock.api.handle(request)
        return result === NETWORK_ERROR ? Response.error() : result
      }),
    )
    // The app's own client: what it keeps fresh, it does not ask again for 10 s.
    const client = createQueryClient()
    const options = keySetOptions(testApiClient(), KEY_STATUSES)
    const set = () => client.getQueryData<KeySet>(options.queryKey)
    const first = new QueryObserver(client, options)
    const leave = first.subscribe(() => undefined)
    await vi.waitFor(() => expect(set()?.api_keys).toHaveLength(100))
    // A filter turned off: no view needs the read, and React Query stops it, keeping the keys shown so far.
    leave()
    await vi.waitFor(() => expect(client.getQueryState(options.queryKey)?.fetchStatus).toBe('idle'))
    expect(set()?.complete).toBe(false)
    letGo()
    // Turned on again at once: the read starts again (it was left at 100 keys, not fetching, for good).
    const again = new QueryObserver(client, options)
    again.subscribe(() => undefined)
    await vi.waitFor(() => expect(set()?.complete).toBe(true))
    expect(set()?.api_keys).toHaveLength(mock.store.size)
  })
})
