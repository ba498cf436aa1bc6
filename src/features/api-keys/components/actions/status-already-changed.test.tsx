import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ApiKey } from '../../../../api/api-key-schema'
import { preloadToastCard } from '../../../../components/ui/toaster'
import { renderOverEveryKey } from './every-key-test-utils'
import { TEST_API_BASE, startMockApiServer, testApiClient } from '../../../../test/mock-api-server'
import { keyFrom } from '../../../../test/api-key'
import { ActionDialog } from './action-dialog'
import { useKeyActionFlow } from './use-key-action-flow'
import { useRunKeyAction } from './use-run-key-action'

// A status change that already happened (elsewhere, or before its answer was lost) is told as done,
// and one the key's new status no longer allows says so; a failed Undo is offered again.
const mock = startMockApiServer()
// One client per file: nothing in it changes, so nothing needs resetting between tests.
const api = testApiClient()
beforeAll(() => preloadToastCard())

type NamedKey = ApiKey & { name: string }
const later = () => new Date(Date.now() + 1000).toISOString()

async function setUp() {
  const { result, services, rows } = await renderOverEveryKey(api, () => ({ run: useRunKeyAction(), flow: useKeyActionFlow({}) }))
  const active = rows().filter((k): k is NamedKey => k.status === 'ACTIVE' && Boolean(k.name?.trim()))
  return { hook: result, toasts: services.toasts, active, row: (id: string) => rows().find((k) => k.id === id) }
}

const news = () => screen.getByRole('status')
const errors = () => screen.getByRole('alert')

/** The next PATCH of the key is applied by the server, but its answer never arrives (the connection drops). */
function loseAnswerAfterWrite(id: string) {
  mock.server.use(
    http.patch(
      `${TEST_API_BASE}/v1/api-keys/:id`,
      async ({ params, request }) => {
        if (params.id !== id) return undefined
        const { status } = (await request.json()) as { status: 'SUSPENDED' | 'ACTIVE' }
        mock.store.setStatus(id, status, new Date().toISOString())
        return HttpResponse.error()
      },
      { once: true },
    ),
  )
}

describe('a suspend of a key changed elsewhere first', () => {
  it('already suspended: done, told so, no Undo and no error; the row shows it', async () => {
    const { hook, active, row } = await setUp()
    const [key] = active
    if (!key) throw new Error('no active key in the seed')
    mock.store.setStatus(key.id, 'SUSPENDED', later())
    const outcome = await act(() => hook.current.run('suspend', [key]))
    expect(outcome.failed).toEqual([])
    expect(outcome.succeeded).toEqual([key])
    expect(outcome.alreadyInStatus).toEqual([key])
    expect(news()).toHaveTextContent(`${key.name} was already suspended`)
    expect(within(news()).queryByRole('button', { name: 'Undo' })).toBeNull()
    expect(errors()).toBeEmptyDOMElement()
    await waitFor(() => expect(row(key.id)?.status).toBe('SUSPENDED'))
  })

  it('revoked: the dialog stays, says so in plain words, and Suspend key is unavailable', async () => {
    const { hook, active, row } = await setUp()
    const [key] = active
    if (!key) throw new Error('no active key in the seed')
    mock.store.setStatus(key.id, 'REVOKED', later())
    act(() => hook.current.flow.requestAction('suspend', [key]))
    act(() => hook.current.flow.confirm('', ''))
    expect(hook.current.flow.dialog?.pending).toBe(true)
    await waitFor(() => expect(hook.current.flow.dialog?.pending).toBe(false))
    const dialog = hook.current.flow.dialog
    expect(dialog?.error).toBe(`${key.name} was revoked elsewhere meanwhile: it can no longer be suspended.`)
    expect(dialog?.request.keys[0]?.status).toBe('REVOKED')
    await waitFor(() => expect(row(key.id)?.status).toBe('REVOKED'))
    // Shown in the dialog, not toasted as well.
    expect(errors()).toBeEmptyDOMElement()

    if (!dialog) throw new Error('the dialog closed')
    const onConfirm = vi.fn<(reason: string) => void>()
    render(<ActionDialog request={dialog.request} error={dialog.error} onCancel={() => {}} onConfirm={onConfirm} />)
    const shown = screen.getByRole('dialog')
    expect(within(shown).getByRole('alert')).toHaveTextContent(`Could not suspend ${key.name}`)
    expect(within(shown).getByRole('alert')).toHaveTextContent('was revoked elsewhere meanwhile: it can no longer be suspended.')
    const button = within(shown).getByRole('button', { name: 'Suspend key' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    fireEvent.click(button)
    expect(onConfirm).not.toHaveBeenCalled()
  })

  it('in a bulk run, a key already suspended counts as done', async () => {
    const { hook, active } = await setUp()
    const [first, second] = active
    if (!first || !second) throw new Error('too few active keys in the seed')
    mock.store.setStatus(first.id, 'SUSPENDED', later())
    const outcome = await act(() => hook.current.run('suspend', [first, second]))
    expect(outcome.failed).toEqual([])
    expect(outcome.succeeded.map((k) => k.id).sort()).toEqual([first.id, second.id].sort())
    expect(news()).toHaveTextContent('2 keys suspended (1 already suspended)')
  })
})

describe('a suspend whose answer was lost', () => {
  it('made by the server: told as done, with Undo, and the dialog closes', async () => {
    const { hook, active, row } = await setUp()
    const [key] = active
    if (!key) throw new Error('no active key in the seed')
    loseAnswerAfterWrite(key.id)
    act(() => hook.current.flow.requestAction('suspend', [key]))
    act(() => hook.current.flow.confirm('', ''))
    await waitFor(() => expect(hook.current.flow.dialog).toBeNull())
    await waitFor(() => expect(news()).toHaveTextContent(`${key.name} suspended`))
    expect(within(news()).getByRole('button', { name: 'Undo' })).toBeEnabled()
    expect(errors()).toBeEmptyDOMElement()
    expect(row(key.id)?.status).toBe('SUSPENDED')
  })

  it('not made, and the key cannot be read either: the failure stands as before', async () => {
    const { hook, active } = await setUp()
    const [key] = active
    if (!key) throw new Error('no active key in the seed')
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'network' }, times: null, pathIncludes: '/v1/api-keys' })
    const outcome = await act(() => hook.current.run('suspend', [key]))
    expect(outcome.succeeded).toEqual([])
    expect(outcome.failed).toHaveLength(1)
    expect(outcome.failed[0]?.movedOn).toBeUndefined()
    expect(errors()).toHaveTextContent(`Could not suspend ${key.name}`)
  })
})

describe('an Undo that fails', () => {
  async function suspendedWithUndo() {
    const setup = await setUp()
    const [key] = setup.active
    if (!key) throw new Error('no active key in the seed')
    await act(() => setup.hook.current.run('suspend', [key]))
    await screen.findByRole('button', { name: 'Undo' })
    return { ...setup, key }
  }

  it('after a 500, offers the Undo again on its failure, and z finds it; it then works', async () => {
    const { key, toasts, row } = await suspendedWithUndo()
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'status', status: 500, body: 'envelope' }, times: 1, method: 'PATCH', pathIncludes: key.id })
    fireEvent.click(within(news()).getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(errors()).toHaveTextContent(`Could not reactivate ${key.name}`))
    const again = within(errors()).getByRole('button', { name: 'Undo' })
    expect(again).toBeEnabled()
    expect(row(key.id)?.status).toBe('SUSPENDED')
    // z: the newest usable Undo is this one.
    act(() => void expect(toasts.undoNewest()).toEqual({ undone: true }))
    await waitFor(() => expect(news()).toHaveTextContent(`${key.name} reactivated`))
    expect(mock.store.get(key.id)?.status).toBe('ACTIVE')
    expect(errors()).toBeEmptyDOMElement()
  })

  it('after a 429, offers it unavailable until the wait is over, then usable', async () => {
    const { key, toasts } = await suspendedWithUndo()
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'status', status: 429, retryAfterSeconds: 1, body: 'envelope' }, times: 1, method: 'PATCH', pathIncludes: key.id })
    fireEvent.click(within(news()).getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(errors()).toHaveTextContent(`Could not reactivate ${key.name}`))
    const again = within(errors()).getByRole('button', { name: 'Undo' })
    expect(again).toHaveAttribute('aria-disabled', 'true')
    expect(again).toHaveAccessibleDescription(/^Available in 1 s$/)
    // One wait, counted down by the Undo: the message's own "Try again in 1 s." is not shown beside it.
    expect(errors()).not.toHaveTextContent('Try again in')
    expect(toasts.undoNewest()).toMatchObject({ undone: false, unavailable: expect.anything() })
    await waitFor(() => expect(within(errors()).getByRole('button', { name: 'Undo' })).not.toHaveAttribute('aria-disabled'), { timeout: 3000 })
    fireEvent.click(within(errors()).getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(mock.store.get(key.id)?.status).toBe('ACTIVE'))
  })
})

describe('the confirmation of one key', () => {
  it('makes its action unavailable when the key no longer allows it', () => {
    const onConfirm = vi.fn<(reason: string) => void>()
    const revoked = keyFrom({ id: '01JBCDEFGHJKMNPQRSTVWXYZ78', name: 'Billing', status: 'REVOKED' })
    render(<ActionDialog request={{ action: 'reactivate', keys: [revoked] }} onCancel={() => {}} onConfirm={onConfirm} />)
    const button = screen.getByRole('button', { name: /Reactivate/ })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    fireEvent.click(button)
    expect(onConfirm).not.toHaveBeenCalled()
  })
})
