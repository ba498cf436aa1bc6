import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { keyFrom } from '../../../../test/api-key'
import { TERMINAL_ACTIONS, type KeyAction } from '../../model/key-actions'
import { ActionDialog } from './action-dialog'

const key = keyFrom({ id: '01JBCDEFGHJKMNPQRSTVWXYZ12', name: 'CI deploys', status: 'ACTIVE', environment: 'PRODUCTION' })
// Only an id: the dialog must still name the key and ask for something typeable.
const sparse = keyFrom({ id: '01JBCDEFGHJKMNPQRSTVWXYZ34' })

function describedBy(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
}

function openSuspend() {
  const onConfirm = vi.fn<(reason: string) => void>()
  render(<ActionDialog request={{ action: 'suspend', keys: [key] }} onCancel={() => {}} onConfirm={onConfirm} />)
  const dialog = screen.getByRole('dialog', { name: 'Suspend CI deploys?' })
  const reason = within(dialog).getByRole('textbox', { name: /^Reason/ })
  const type = (text: string) => fireEvent.change(reason, { target: { value: text } })
  return { dialog, reason, type, onConfirm, confirm: within(dialog).getByRole('button', { name: 'Suspend key' }) }
}

describe('the reason', () => {
  it('says where it goes and that no page shows it later (the API never returns it), promising no trail here', () => {
    const { reason } = openSuspend()
    expect(describedBy(reason)).toContain('Sent to Coval with the change, for its audit records. The API never returns it, so it is not shown here.')
  })

  it('is counted in code points, as the server counts it', () => {
    const { reason, type, confirm } = openSuspend()
    // 400 family emoji: 400 graphemes, 2000 code points, 3200 UTF-16 units: allowed.
    type('👨‍👩‍👧'.repeat(400))
    // Heard as the create form's description count is: "… characters".
    expect(describedBy(reason)).toContain('2,000 / 2,000 characters')
    expect(reason).not.toHaveAttribute('aria-invalid')
    expect(confirm).not.toHaveAttribute('aria-disabled')
  })

  it('refuses more than 2000 code points with the form’s own words, though fewer characters show', () => {
    const { reason, type, confirm } = openSuspend()
    // 1001 accented e (e + combining accent): 1001 graphemes, 2002 code points.
    type('e\u0301'.repeat(1001))
    expect(describedBy(reason)).toContain('Use at most 2,000 characters (this has 2,002).')
    expect(confirm).toHaveAttribute('aria-disabled', 'true')
  })

  it('counts the trimmed text, which is what is sent', () => {
    const { reason, type, confirm, onConfirm } = openSuspend()
    type(`   ${'r'.repeat(2000)}   `)
    expect(describedBy(reason)).toContain('2,000 / 2,000')
    fireEvent.click(confirm)
    expect(onConfirm).toHaveBeenCalledWith('r'.repeat(2000), '')
  })
})

describe('a key the server sent without a name or status', () => {
  it('is named by its id and confirmed by typing its id', () => {
    render(<ActionDialog request={{ action: 'delete', keys: [sparse] }} onCancel={() => {}} onConfirm={() => {}} />)
    const dialog = screen.getByRole('alertdialog', { name: `Delete Untitled key ${sparse.id}?` })
    expect(within(dialog).getByRole('textbox', { name: `Type ${sparse.id} to confirm` })).toBeInTheDocument()
  })
})

describe('keys in use', () => {
  const NOW = Date.parse('2026-11-26T12:00:00.000Z')
  const ago = (ms: number) => new Date(NOW - ms).toISOString()
  const MINUTE = 60_000
  const HOUR = 60 * MINUTE
  const at = (id: string, name: string, last_used_at?: string | null) => keyFrom({ id: `01JBCDEFGHJKMNPQRSTVWXYZ${id}`, name, status: 'ACTIVE', environment: 'PRODUCTION', last_used_at })
  const recent = at('01', 'Recent', ago(12 * MINUTE))
  const yesterday = at('02', 'Yesterday', ago(25 * HOUR))
  const never = at('03', 'Never', null)
  const unknown = at('04', 'Unknown')
  const ahead = at('05', 'Ahead', new Date(NOW + 5 * MINUTE).toISOString())
  const open = (action: KeyAction, keys: ApiKey[]) => {
    render(<ActionDialog request={{ action, keys }} onCancel={() => {}} onConfirm={() => {}} />)
    return screen.getByRole(TERMINAL_ACTIONS.has(action) ? 'alertdialog' : 'dialog')
  }
  const items = (dialog: HTMLElement) => within(within(dialog).getByRole('list', { name: 'Keys' })).getAllByRole('listitem')

  beforeEach(() => vi.useFakeTimers({ now: NOW, toFake: ['Date'] }))
  afterEach(() => vi.useRealTimers())

  it.each([
    ['suspend', 'their requests will be refused while it is suspended.'],
    ['revoke', 'they will start failing.'],
    ['delete', 'they will start failing.'],
  ] as const)('%s warns in the dialog’s description that clients are using a key used 12 minutes ago', (action, after) => {
    const dialog = open(action, [recent])
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining(`In use: this key was used 12 minutes ago. Clients are using it now; ${after}`))
    expect(items(dialog)[0]).toHaveTextContent('In use Last used 12 minutes ago (26 Nov 2026, 11:48:00 UTC)')
  })

  it('shows each key’s last use with its exact UTC time, and says when it was never used or is unknown', () => {
    const dialog = open('delete', [yesterday, never, unknown])
    const [used, none, missing] = items(dialog)
    expect(used).toHaveTextContent('Last used 1 day ago (25 Nov 2026, 11:00:00 UTC)')
    expect(used?.querySelector('time')).toHaveAttribute('dateTime', yesterday.last_used_at)
    expect(none).toHaveTextContent('Never used')
    expect(missing).toHaveTextContent('Last use unknown')
    expect(dialog).not.toHaveAccessibleDescription(/In use/)
    expect(within(dialog).queryByText('In use')).toBeNull()
  })

  it('does not warn for a key used more than 24 hours ago, or never', () => {
    expect(open('revoke', [yesterday])).not.toHaveAccessibleDescription(/In use/)
    cleanup()
    expect(open('revoke', [never])).not.toHaveAccessibleDescription(/In use/)
  })

  it('does not warn for a key that already refuses requests, however recent its last use; counts only the working ones in a bulk selection', () => {
    for (const status of ['SUSPENDED', 'REVOKED', 'EXPIRED'] as const) {
      const stopped = { ...recent, status }
      for (const action of ['revoke', 'delete'] as const) {
        const dialog = open(action, [stopped])
        expect(dialog, `${action} a ${status} key`).not.toHaveAccessibleDescription(/In use/)
        expect(items(dialog)[0]).toHaveTextContent('Last used 12 minutes ago')
        expect(within(dialog).queryByText('In use')).toBeNull()
        cleanup()
      }
    }
    const dialog = open('delete', [recent, { ...ahead, status: 'REVOKED' }])
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('In use: 1 of these keys was used in the last 24 hours'))
    expect(items(dialog).map((item) => item.textContent?.includes('In use'))).toEqual([true, false])
  })

  it('says a delete of keys that already refuse every request stops no application; a delete with a working key among them does not', () => {
    // Its own key (a dialog lists each key once): revoked since, used 12 minutes ago.
    const revoked = { ...at('06', 'Revoked', recent.last_used_at), status: 'REVOKED' as const }
    expect(open('delete', [revoked])).toHaveAccessibleDescription(expect.stringMatching(/removes the record of .+ for good\. It already refuses every request, so no application stops working\. This cannot be undone\./))
    cleanup()
    expect(open('delete', [revoked, { ...ahead, status: 'SUSPENDED' }])).toHaveAccessibleDescription(expect.stringContaining('They already refuse every request, so no application stops working.'))
    cleanup()
    const mixed = open('delete', [revoked, recent])
    expect(mixed).toHaveAccessibleDescription(expect.stringContaining('any application still using them stops working'))
    expect(mixed).not.toHaveAccessibleDescription(expect.stringContaining('already refuse'))
  })

  it('counts a last use dated in the future (clock skew) as in use', () => {
    const dialog = open('suspend', [ahead])
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('In use: this key’s last use is dated ahead of this device’s clock'))
    expect(items(dialog)[0]).toHaveTextContent('In use Last use dated ahead of this device’s clock: 26 Nov 2026, 12:05:00 UTC')
  })

  it('counts the keys in use in a bulk selection and marks their rows', () => {
    const dialog = open('revoke', [recent, yesterday, ahead, never])
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('In use: 2 of these keys were used in the last 24 hours: clients are using them now. Those clients will start failing.'))
    expect(items(dialog).map((item) => item.textContent?.includes('In use'))).toEqual([true, false, true, false])
  })

  it('says "was" and "it" for one key of several', () => {
    expect(open('suspend', [recent, never])).toHaveAccessibleDescription(expect.stringContaining('1 of these keys was used in the last 24 hours: clients are using it now.'))
  })

  it('does not warn or mark rows for reactivate, which stops nothing', () => {
    const dialog = open('reactivate', [recent, ahead])
    expect(dialog).not.toHaveAccessibleDescription(/In use/)
    expect(within(dialog).queryByText('In use')).toBeNull()
    expect(items(dialog)[0]).toHaveTextContent('Last used 12 minutes ago')
    // The count starts the sentence.
    expect(dialog).toHaveAccessibleDescription('These 2 keys will work again at once.')
  })
})

describe('while the server answers, and after it refused', () => {
  const request = { action: 'revoke' as const, keys: [key] }
  const renderRevoke = (props: { pending?: boolean; error?: string | null }, onConfirm = vi.fn<(reason: string) => void>()) => (
    <ActionDialog request={request} onCancel={() => {}} onConfirm={onConfirm} {...props} />
  )

  it('says it is revoking, keeps the focusable button, and does not send twice', () => {
    const onConfirm = vi.fn<(reason: string) => void>()
    const { rerender } = render(renderRevoke({}, onConfirm))
    const dialog = screen.getByRole('alertdialog', { name: 'Revoke CI deploys?' })
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Type CI deploys to confirm' }), { target: { value: 'CI deploys' } })
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Reason/ }), { target: { value: 'Leaked' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke key' }))
    expect(onConfirm).toHaveBeenCalledExactlyOnceWith('Leaked', 'CI deploys')
    rerender(renderRevoke({ pending: true }, onConfirm))
    const pending = within(dialog).getByRole('button', { name: 'Revoking key…' })
    expect(pending).toHaveAttribute('aria-disabled', 'true')
    expect(pending).toBeEnabled()
    fireEvent.click(pending)
    expect(onConfirm).toHaveBeenCalledOnce()
  })

  it('shows why it failed, with the request id whole, and keeps what was typed to try again', () => {
    const onConfirm = vi.fn<(reason: string) => void>()
    const { rerender } = render(renderRevoke({}, onConfirm))
    const dialog = screen.getByRole('alertdialog', { name: 'Revoke CI deploys?' })
    const phrase = within(dialog).getByRole('textbox', { name: 'Type CI deploys to confirm' })
    const reason = within(dialog).getByRole('textbox', { name: /^Reason/ })
    fireEvent.change(phrase, { target: { value: 'CI deploys' } })
    fireEvent.change(reason, { target: { value: 'Leaked' } })
    rerender(renderRevoke({ pending: true }, onConfirm))
    rerender(renderRevoke({ error: 'Internal error. (Request ID: req_01JBCDEFGHJKMNPQRSTVWXYZ12)' }, onConfirm))
    const alert = within(dialog).getByRole('alert')
    expect(alert).toHaveTextContent('Could not revoke CI deploys')
    expect(alert).toHaveTextContent('Internal error.')
    expect(within(alert).getByText('req_01JBCDEFGHJKMNPQRSTVWXYZ12').tagName).toBe('CODE')
    expect(phrase).toHaveValue('CI deploys')
    expect(reason).toHaveValue('Leaked')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke key' }))
    expect(onConfirm).toHaveBeenLastCalledWith('Leaked', 'CI deploys')
    expect(onConfirm).toHaveBeenCalledTimes(1)
  })
})

describe('after a 429 that asked for a wait', () => {
  afterEach(() => vi.useRealTimers())

  it('does not send again before the wait is over, says when it can, then sends', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-06T10:00:00Z') })
    const onConfirm = vi.fn<(reason: string) => void>()
    const wait = { advice: 'Try again in 3 s.', until: Date.now() + 3000 }
    render(<ActionDialog request={{ action: 'suspend', keys: [key] }} onCancel={() => {}} onConfirm={onConfirm} error="Too many requests. Try again in 3 s." errorWait={wait} />)
    const dialog = screen.getByRole('dialog', { name: 'Suspend CI deploys?' })
    const confirm = within(dialog).getByRole('button', { name: 'Suspend key in 3 s' })
    expect(confirm).toHaveAttribute('aria-disabled', 'true')
    fireEvent.click(confirm)
    expect(onConfirm).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(1500))
    expect(confirm).toHaveAccessibleName('Suspend key in 2 s')
    fireEvent.click(confirm)
    expect(onConfirm).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(1600))
    expect(confirm).toHaveAccessibleName('Suspend key')
    expect(confirm).not.toHaveAttribute('aria-disabled')
    fireEvent.click(confirm)
    expect(onConfirm).toHaveBeenCalledOnce()
  })
})
