import { fireEvent, render, screen, within } from '@testing-library/react'
import { apiKeySchema } from '../../../../api/api-key-schema'
import { ActionDialog } from './action-dialog'

const key = apiKeySchema.parse({ id: '01JBCDEFGHJKMNPQRSTVWXYZ12', name: 'CI deploys', status: 'ACTIVE', environment: 'PRODUCTION' })
// Only an id: the dialog must still name the key and ask for something typeable.
const sparse = apiKeySchema.parse({ id: '01JBCDEFGHJKMNPQRSTVWXYZ34' })

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
  it('is counted in code points, as the server counts it', () => {
    const { reason, type, confirm } = openSuspend()
    // 400 family emoji: 400 graphemes, 2000 code points, 3200 UTF-16 units: allowed.
    type('👨‍👩‍👧'.repeat(400))
    expect(describedBy(reason)).toContain('2,000 / 2,000')
    expect(reason).not.toHaveAttribute('aria-invalid')
    expect(confirm).toBeEnabled()
  })

  it('refuses more than 2000 code points with the form’s own words, though fewer characters show', () => {
    const { reason, type, confirm } = openSuspend()
    // 1001 accented e (e + combining accent): 1001 graphemes, 2002 code points.
    type('e\u0301'.repeat(1001))
    expect(describedBy(reason)).toContain('Use at most 2,000 characters (this has 2,002).')
    expect(confirm).toBeDisabled()
  })

  it('counts the trimmed text, which is what is sent', () => {
    const { reason, type, confirm, onConfirm } = openSuspend()
    type(`   ${'r'.repeat(2000)}   `)
    expect(describedBy(reason)).toContain('2,000 / 2,000')
    fireEvent.click(confirm)
    expect(onConfirm).toHaveBeenCalledWith('r'.repeat(2000))
  })
})

describe('a key the server sent without a name or status', () => {
  it('is named by its id and confirmed by typing its id', () => {
    render(<ActionDialog request={{ action: 'delete', keys: [sparse] }} onCancel={() => {}} onConfirm={() => {}} />)
    const dialog = screen.getByRole('alertdialog', { name: `Delete Untitled key ${sparse.id}?` })
    expect(within(dialog).getByRole('textbox', { name: `Type ${sparse.id} to confirm` })).toBeInTheDocument()
  })
})
