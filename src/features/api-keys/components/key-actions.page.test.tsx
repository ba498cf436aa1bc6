import { screen, waitFor, within } from '@testing-library/react'
import { startMockApiServer } from '../../../test/mock-api-server'
import { renderApp } from '../../../test/render-app'
import { bodyRows, cellOf, expectRange, rowOf, shownIds, uniqueKey, SLOW } from '../../../test/keys-table-queries'

const mock = startMockApiServer()

// Whole-page tests over a real (mock) server: each step waits for what the page shows.
vi.setConfig({ testTimeout: 60_000 })

const storedStatus = (id: string) => mock.store.all().find((key) => key.id === id)?.status
const notifications = () => screen.getByRole('region', { name: /^Notifications/ })

describe('a row action', () => {
  it('Suspend from the row menu asks first; then the row and the server say Suspended, and Undo reactivates both', async () => {
    const key = uniqueKey(mock.store.all(), (k) => k.status === 'ACTIVE')
    const { user } = await renderApp({ url: `/?q=${encodeURIComponent(key.name)}` })
    await expectRange('1–1 of 1')
    expect(cellOf(rowOf(key.id), 'Status')).toHaveTextContent('Active')

    await user.click(within(rowOf(key.id)).getByRole('button', { name: `Actions for ${key.name}` }))
    const menu = await screen.findByRole('menu', { name: `Actions for ${key.name}` })
    await user.click(within(menu).getByRole('menuitem', { name: `Suspend ${key.name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Suspend ${key.name}?` })
    // Nothing is sent before the confirmation.
    expect(storedStatus(key.id)).toBe('ACTIVE')
    await user.click(within(dialog).getByRole('button', { name: 'Suspend key' }))

    await waitFor(() => expect(cellOf(rowOf(key.id), 'Status')).toHaveTextContent('Suspended'), SLOW)
    await waitFor(() => expect(storedStatus(key.id)).toBe('SUSPENDED'), SLOW)
    expect(screen.queryByRole('dialog', { name: `Suspend ${key.name}?` })).toBeNull()

    await user.click(await within(notifications()).findByRole('button', { name: 'Undo' }, SLOW))
    await waitFor(() => expect(storedStatus(key.id)).toBe('ACTIVE'), SLOW)
    await waitFor(() => expect(cellOf(rowOf(key.id), 'Status')).toHaveTextContent('Active'), SLOW)
  })

  it('a refused Suspend rolls the row back to Active and says why', async () => {
    const key = uniqueKey(mock.store.all(), (k) => k.status === 'ACTIVE')
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'status', status: 500, body: 'envelope' }, method: 'PATCH', pathIncludes: key.id, times: 1 })
    const { user } = await renderApp({ url: `/?q=${encodeURIComponent(key.name)}` })
    await expectRange('1–1 of 1')

    await user.click(within(rowOf(key.id)).getByRole('button', { name: `Actions for ${key.name}` }))
    await user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: `Suspend ${key.name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Suspend ${key.name}?` })
    await user.click(within(dialog).getByRole('button', { name: 'Suspend key' }))

    // Said in the dialog, which stays open to try again; no toast repeats it.
    expect(await within(dialog).findByRole('alert', {}, SLOW)).toHaveTextContent(`Could not suspend ${key.name}`)
    // (The open dialog hides the toasts from roles; their region is read as the page holds it.)
    expect(notifications().querySelector('[role="alert"]')?.textContent).toBe('')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(cellOf(rowOf(key.id), 'Status')).toHaveTextContent('Active'), SLOW)
    expect(storedStatus(key.id)).toBe('ACTIVE')
  })
})

describe('a bulk action', () => {
  it('suspends the selected keys together after one confirmation that counts them', async () => {
    const { user } = await renderApp({ url: '/?status=ACTIVE&size=10' })
    const active = mock.store.all().filter((k) => k.status === 'ACTIVE').length
    await expectRange(`1–10 of ${active}`)
    const chosen = bodyRows().slice(0, 3)
    const ids = shownIds().slice(0, 3)
    for (const row of chosen) await user.click(within(row).getByRole('checkbox', { name: /^Select / }))
    const bar = screen.getByRole('region', { name: 'Bulk actions' })
    expect(bar).toHaveTextContent('3 selected')

    await user.click(within(bar).getByRole('button', { name: 'Suspend…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Suspend 3 keys?' })
    expect(within(within(dialog).getByRole('list', { name: 'Keys' })).getAllByRole('listitem')).toHaveLength(3)
    await user.click(within(dialog).getByRole('button', { name: 'Suspend 3 keys' }))

    await waitFor(() => expect(ids.map(storedStatus)).toEqual(['SUSPENDED', 'SUSPENDED', 'SUSPENDED']), SLOW)
    await waitFor(() => expect(ids.map((id) => cellOf(rowOf(id), 'Status').textContent)).toEqual(['Suspended', 'Suspended', 'Suspended']), SLOW)
    expect(await within(notifications()).findByText('3 keys suspended', {}, SLOW)).toBeInTheDocument()
    // Keys the selection left out are untouched, here and on the server.
    for (const id of shownIds().slice(3)) expect(cellOf(rowOf(id), 'Status')).toHaveTextContent('Active')
    expect(mock.store.all().filter((k) => k.status === 'ACTIVE')).toHaveLength(active - 3)
  })

  it('a selection holding a key the action does not fit: the others are changed, and the confirmation says which is skipped', async () => {
    // A suspended key and an active one, named to be searched for together.
    const records = mock.store.all()
    const pick = (status: string) => records.find((key) => key.status === status)?.id
    const names = new Map([[pick('SUSPENDED'), 'mixed-pick suspended'], [pick('ACTIVE'), 'mixed-pick active']])
    mock.store.replaceAll(records.map((key) => ({ ...key, name: names.get(key.id) ?? key.name })))
    const suspended = mock.store.all().find((key) => key.name === 'mixed-pick suspended')
    const active = mock.store.all().find((key) => key.name === 'mixed-pick active')
    if (!suspended?.name || !active) throw new Error('the store lacks a suspended key or an active one')
    const { user } = await renderApp({ url: '/?q=mixed-pick' })
    await expectRange('1–2 of 2')
    for (const key of [suspended, active]) await user.click(within(rowOf(key.id)).getByRole('checkbox', { name: /^Select / }))
    const bar = screen.getByRole('region', { name: 'Bulk actions' })
    expect(bar).toHaveTextContent('2 selected')

    // One key to reactivate of two: asked first all the same, since the other is skipped.
    await user.click(within(bar).getByRole('button', { name: 'Reactivate…' }))
    const dialog = await screen.findByRole('dialog', { name: `Reactivate ${suspended.name}?` })
    expect(within(dialog).getByRole('group', { name: 'What will happen' })).toHaveTextContent('1 will be reactivated; 1 is already active and will be skipped.')
    expect(storedStatus(suspended.id)).toBe('SUSPENDED')
    await user.click(within(dialog).getByRole('button', { name: /^Reactivate/ }))

    await waitFor(() => expect(storedStatus(suspended.id)).toBe('ACTIVE'), SLOW)
    expect(storedStatus(active.id)).toBe('ACTIVE')
    await waitFor(() => expect(cellOf(rowOf(suspended.id), 'Status')).toHaveTextContent('Active'), SLOW)
    // Run as the selection's run, as with several keys: done, the selection goes (the skipped key too), and the bar with it.
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Bulk actions' })).toBeNull(), SLOW)
    for (const key of [suspended, active]) expect(within(rowOf(key.id)).getByRole('checkbox', { name: /^Select / })).not.toBeChecked()
  })
})
