import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { preloadToastCard } from '../../../../components/ui/toaster'
import { renderOverEveryKey } from './every-key-test-utils'
import { startMockApiServer, testApiClient } from '../../../../test/mock-api-server'
import { apiKeyKeys } from '../../api/query-keys'
import { keyDisplayName } from '../../model/key-actions'
import { useRunKeyAction } from './use-run-key-action'

const mock = startMockApiServer()
// One client per file: nothing in it changes, so nothing needs resetting between tests.
const api = testApiClient()
// The toasts' card loads on demand: loaded first, as after the page's idle preload.
beforeAll(() => preloadToastCard())


/** The app's run of actions over the mock, its toasts on screen, and an ACTIVE key suspended with an Undo offered. */
async function suspended() {
  const { result, queryClient, services, rows } = await renderOverEveryKey(api, useRunKeyAction)
  const key = rows().find((k) => k.status === 'ACTIVE' && k.name) as ApiKey
  const name = keyDisplayName(key)
  await act(() => result.current('suspend', [key]))
  const row = () => rows().find((k) => k.id === key.id)
  await waitFor(() => expect(row()?.status).toBe('SUSPENDED'))
  // The Undo's code loads on first use: its toast comes once it has.
  await screen.findByRole('button', { name: 'Undo' })
  // Every PATCH of the key sent from now on, answered or refused.
  let sent = 0
  const count = ({ request }: { request: Request }) => void (request.method === 'PATCH' && request.url.includes(key.id) && sent++)
  mock.server.events.on('request:start', count)
  onTestFinished(() => mock.server.events.removeListener('request:start', count))
  const patches = () => sent
  const refetch = () => act(() => queryClient.refetchQueries({ queryKey: apiKeyKeys.lists() }))
  return { run: result, toasts: services.toasts, key, name, row, patches, refetch }
}

const news = () => screen.getByRole('status')
const errors = () => screen.getByRole('alert')
/** The Undo of the n-th toast (oldest first). */
const undoButton = (n = 0) => within(news()).getAllByRole('button', { name: 'Undo' })[n] as HTMLElement
const later = () => new Date(Date.now() + 1000).toISOString()

describe('Undo of a suspend', () => {
  it('reactivates the key; the new toast offers no Undo back, so a second tap cannot suspend it again', async () => {
    const { name, row, key, patches } = await suspended()
    expect(news()).toHaveTextContent(`${name} suspended`)
    const before = patches()
    fireEvent.click(undoButton())
    await waitFor(() => expect(news()).toHaveTextContent(`${name} reactivated`))
    expect(mock.store.get(key.id)?.status).toBe('ACTIVE')
    expect(row()?.status).toBe('ACTIVE')
    // A double tap's second tap lands where Undo was: on the new toast, which has none.
    expect(within(news()).queryByRole('button', { name: 'Undo' })).toBeNull()
    expect(patches()).toBe(before + 1)
  })

  it('sends a reason saying what it undoes and when, kept by the server for audit (review round 18)', async () => {
    const { key } = await suspended()
    const reasons: unknown[] = []
    const listen = ({ request }: { request: Request }) => {
      if (request.method === 'PATCH' && request.url.includes(key.id)) void request.clone().json().then((body: { reason?: unknown }) => reasons.push(body.reason))
    }
    mock.server.events.on('request:start', listen)
    onTestFinished(() => mock.server.events.removeListener('request:start', listen))
    fireEvent.click(undoButton())
    await waitFor(() => expect(mock.store.get(key.id)?.status).toBe('ACTIVE'))
    // It sent none: the audit showed the suspension's reason, then a reactivation with no word of why.
    await waitFor(() => expect(reasons).toEqual([expect.stringMatching(/^Undo of the suspension at \d{2}:\d{2} UTC$/)]))
  })

  it('is disabled with the reason once the key is changed again in the app, and then does nothing', async () => {
    const { run, key, name, patches } = await suspended()
    await act(() => run.current('revoke', [{ ...key, status: 'SUSPENDED' }]))
    const undo = undoButton()
    expect(undo).toHaveAttribute('aria-disabled', 'true')
    expect(undo).toHaveAccessibleDescription(`${name} has changed since then`)
    const before = patches()
    fireEvent.click(undo)
    expect(patches()).toBe(before)
    expect(mock.store.get(key.id)?.status).toBe('REVOKED')
  })

  it('is disabled once a list answer shows the key changed behind the app', async () => {
    const { key, name, refetch } = await suspended()
    await refetch()
    expect(undoButton()).not.toHaveAttribute('aria-disabled')
    mock.store.setStatus(key.id, 'REVOKED', later())
    await refetch()
    expect(undoButton()).toHaveAttribute('aria-disabled', 'true')
    expect(undoButton()).toHaveAccessibleDescription(`${name} has changed since then`)
  })

  it('acts once, however often it is fired', async () => {
    const { key, patches, toasts } = await suspended()
    const before = patches()
    const action = toasts.get()[0]?.action
    act(() => {
      action?.onClick()
      action?.onClick()
    })
    await waitFor(() => expect(mock.store.get(key.id)?.status).toBe('ACTIVE'))
    await screen.findByText(/reactivated/)
    expect(patches()).toBe(before + 1)
  })
})

describe('Undo of a key that moved on behind the app', () => {
  it('says there is nothing to undo and what the key is now; no error; the list shows it', async () => {
    const { key, name, row } = await suspended()
    mock.store.setStatus(key.id, 'REVOKED', later())
    fireEvent.click(undoButton())
    await waitFor(() => expect(news()).toHaveTextContent(`Nothing to undo: ${name} has changed since then (now Revoked).`))
    expect(errors()).toBeEmptyDOMElement()
    expect(row()?.status).toBe('REVOKED')
    expect(mock.store.get(key.id)?.status).toBe('REVOKED')
  })

  it('says it was deleted; no error; the row is gone', async () => {
    const { key, name, row } = await suspended()
    mock.store.remove(key.id, later())
    fireEvent.click(undoButton())
    await waitFor(() => expect(news()).toHaveTextContent(`Nothing to undo: ${name} was deleted.`))
    expect(errors()).toBeEmptyDOMElement()
    expect(row()).toBeUndefined()
  })
})

describe('Undo that fails for a key that did not move on', () => {
  it('reports a server error (500) as an error, and the key stays suspended', async () => {
    const { key, name, row } = await suspended()
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'status', status: 500, body: 'envelope' }, times: 1, method: 'PATCH', pathIncludes: key.id })
    fireEvent.click(undoButton())
    await waitFor(() => expect(errors()).toHaveTextContent(`Could not reactivate ${name}`))
    expect(news()).not.toHaveTextContent('Nothing to undo')
    expect(row()?.status).toBe('SUSPENDED')
  })

  it('reports a refusal (400) as an error when the lists still show the key as it was left', async () => {
    const { key, name } = await suspended()
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'status', status: 400, body: 'envelope' }, times: 1, method: 'PATCH', pathIncludes: key.id })
    fireEvent.click(undoButton())
    await waitFor(() => expect(errors()).toHaveTextContent(`Could not reactivate ${name}`))
    expect(news()).not.toHaveTextContent('Nothing to undo')
  })
})
