// A page primed before the first render must be the very page the keys list then asks for: its
// first render shows the rows, and nothing asks for that page again.
import { renderHook, waitFor } from '@testing-library/react'
import { onTestFinished } from 'vitest'
import { createQueryClient } from '../../../app/query-client'
import { startMockApiServer } from '../../../test/mock-api-server'
import { servicesWrapper, testServices } from '../../../test/test-services'
import { primeKeysView } from './prime-keys-view'
import { useKeysList } from './use-keys-list'

const mock = startMockApiServer()

/** Every list request from now on, as the query it sent. */
function listRequests(): URLSearchParams[] {
  const sent: URLSearchParams[] = []
  const note = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    if (request.method === 'GET' && url.pathname.endsWith('/api-keys')) sent.push(url.searchParams)
  }
  mock.server.events.on('request:start', note)
  onTestFinished(() => mock.server.events.removeListener('request:start', note))
  return sent
}

describe('primeKeysView', () => {
  it.each(['', '?status=SUSPENDED,REVOKED', '?size=10', '?page=2&size=10'])('primes %s so the first render shows its rows and no one asks again', async (search) => {
    window.history.replaceState(null, '', `/${search}`)
    const services = testServices({ queryClient: createQueryClient() })
    const primed = primeKeysView(services.queryClient, services.api, search)
    expect(primed).not.toBeNull()
    await primed
    const sent = listRequests()

    const { result } = renderHook(() => useKeysList(), { wrapper: servicesWrapper(services) })
    const first = result.current.list
    expect(first.pending).toBe(false)
    expect(first.rows.length).toBe(search.includes('size=10') ? 10 : Math.min(20, first.total ?? 0))
    // Only the page after it is asked, ahead of Next (it carries a token); never the primed one again.
    await waitFor(() => expect(sent.length).toBeGreaterThan(0))
    expect(sent.every((params) => params.has('page_token'))).toBe(true)
    expect(sent).toHaveLength(1)
    expect(result.current.list.rows).toEqual(first.rows)
  })

  it.each([
    ['an expression waits for its parser', '?filter=name%3D%22x%22'],
    ['an environment the server may ignore is probed first', '?env=PRODUCTION'],
    ['an order the server may ignore is probed first', '?sort=name.asc'],
  ])('leaves a view to the page when %s', (_why, search) => {
    const services = testServices({ queryClient: createQueryClient() })
    const sent = listRequests()
    expect(primeKeysView(services.queryClient, services.api, search)).toBeNull()
    expect(services.queryClient.getQueryCache().getAll()).toEqual([])
    expect(sent).toEqual([])
  })
})
