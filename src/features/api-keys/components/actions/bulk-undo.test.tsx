import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { preloadToastCard } from '../../../../components/ui/toaster'
import { startMockApiServer, testApiClient } from '../../../../test/mock-api-server'
import { renderOverEveryKey } from './every-key-test-utils'
import { useRunKeyAction } from './use-run-key-action'

const mock = startMockApiServer()
const api = testApiClient()
beforeAll(() => preloadToastCard())

const news = () => screen.getByRole('status')
const errors = () => screen.getByRole('alert')
const statusOf = (key: ApiKey) => mock.store.get(key.id)?.status

/** Every PATCH sent from now on: the key's id and the reason it carried. */
function recordPatches() {
  const sent: { id: string; reason: unknown }[] = []
  const listen = ({ request }: { request: Request }) => {
    if (request.method !== 'PATCH') return
    const id = new URL(request.url).pathname.split('/').pop() ?? ''
    void request.clone().json().then((body: { reason?: unknown }) => sent.push({ id, reason: body.reason }))
  }
  mock.server.events.on('request:start', listen)
  onTestFinished(() => mock.server.events.removeListener('request:start', listen))
  return sent
}

describe('Undo of an action on several keys (a page’s selection)', () => {
  it('suspended together, one Undo reactivates them all, with a reason, once; its news offers no Undo back', async () => {
    const { result, rows } = await renderOverEveryKey(api, useRunKeyAction)
    const keys = rows().filter((k) => k.status === 'ACTIVE').slice(0, 3)
    await act(() => result.current('suspend', keys, 'leak'))
    expect(keys.map(statusOf)).toEqual(['SUSPENDED', 'SUSPENDED', 'SUSPENDED'])
    const undo = await within(news()).findByRole('button', { name: 'Undo' })
    expect(news()).toHaveTextContent('3 keys suspended')
    const sent = recordPatches()
    // A double tap: the second does nothing.
    fireEvent.click(undo)
    fireEvent.click(undo)
    await waitFor(() => expect(keys.map(statusOf)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']))
    await waitFor(() => expect(news()).toHaveTextContent('3 keys reactivated'))
    expect(within(news()).queryByRole('button', { name: 'Undo' })).toBeNull()
    await waitFor(() => expect(sent).toHaveLength(3))
    expect(sent.map((p) => p.id).sort()).toEqual(keys.map((k) => k.id).sort())
    for (const { reason } of sent) expect(reason).toMatch(/^Undo of the suspension at \d{2}:\d{2} UTC$/)
  })

  it('after a reactivate, Undo suspends again only the keys that were suspended: an expired key is not made suspended', async () => {
    const { result, rows } = await renderOverEveryKey(api, useRunKeyAction)
    const suspended = rows().find((k) => k.status === 'SUSPENDED') as ApiKey
    const expired = rows().find((k) => k.status === 'EXPIRED') as ApiKey
    await act(() => result.current('reactivate', [suspended, expired]))
    expect([statusOf(suspended), statusOf(expired)]).toEqual(['ACTIVE', 'ACTIVE'])
    const sent = recordPatches()
    fireEvent.click(await within(news()).findByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(statusOf(suspended)).toBe('SUSPENDED'))
    await waitFor(() => expect(news()).toHaveTextContent(/suspended/))
    expect(statusOf(expired)).toBe('ACTIVE')
    expect(sent.map((p) => p.id)).toEqual([suspended.id])
  })

  it('a key revoked since is not reactivated: the Undo says which one, and puts back the others', async () => {
    const { result, rows } = await renderOverEveryKey(api, useRunKeyAction)
    const keys = rows().filter((k) => k.status === 'ACTIVE').slice(0, 3)
    const [first, second, third] = keys as [ApiKey, ApiKey, ApiKey]
    await act(() => result.current('suspend', keys))
    const undo = await within(news()).findByRole('button', { name: 'Undo' })
    await act(() => result.current('revoke', [{ ...second, status: 'SUSPENDED' }]))
    fireEvent.click(undo)
    await waitFor(() => expect([statusOf(first), statusOf(third)]).toEqual(['ACTIVE', 'ACTIVE']))
    expect(statusOf(second)).toBe('REVOKED')
    await waitFor(() => expect(news()).toHaveTextContent('2 keys reactivated'))
    await waitFor(() => expect(errors()).toHaveTextContent('1 of 3 keys could not be reactivated'))
    expect(errors()).toHaveTextContent(second.name ?? second.id)
  })
})
