import { act, fireEvent, render, screen, within } from '@testing-library/react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { keyFrom } from '../../../../test/api-key'
import { WithClient } from './keys-table-harness'

// A row's elements are reused for another key once theirs has gone (row-slots.ts): a page turn
// updates the rows in place. What belongs to a key (focus, a copy's check, an open menu) must
// stay with the key.

const keyNamed = (n: number): ApiKey =>
  keyFrom({
    id: `01JBCDEFGHJKMNPQRSTVWXYZ${String(n).padStart(2, '0')}`,
    name: `Key ${n}`,
    status: 'ACTIVE',
    environment: 'PRODUCTION',
    key_type: 'SERVICE',
    permissions: ['api-keys:read', 'api-keys:write'],
    create_time: '2026-01-01T00:00:00Z',
    last_used_at: null,
  })
const [k1, k2, k3, k4, k5] = [1, 2, 3, 4, 5].map(keyNamed) as [ApiKey, ApiKey, ApiKey, ApiKey, ApiKey]

const rowOf = (key: ApiKey) => {
  const row = document.querySelector<HTMLTableRowElement>(`tr[data-row-id="${key.id}"]`)
  if (!row) throw new Error(`No row for ${key.name}`)
  return row
}
const box = (key: ApiKey) => within(rowOf(key)).getByRole('checkbox', { name: `Select ${key.name}` })
const actions = (key: ApiKey) => within(rowOf(key)).getByRole('button', { name: `Actions for ${key.name}` })

describe('rows reused for the next keys', () => {
  it('reuses the rows’ elements for the next page’s keys', () => {
    const { rerender } = render(<WithClient keys={[k1, k2]} />)
    const first = rowOf(k1)
    rerender(<WithClient keys={[k3, k4]} />)
    expect(rowOf(k3)).toBe(first)
    expect(first.textContent).toContain('Key 3')
    expect(first.textContent).not.toContain('Key 1')
  })

  it('keeps a row’s elements for a key still shown, wherever it moves (a search keeps its rows)', () => {
    const { rerender } = render(<WithClient keys={[k1, k2, k3]} />)
    const third = rowOf(k3)
    rerender(<WithClient keys={[k3, k4, k1]} />)
    expect(rowOf(k3)).toBe(third)
    expect(document.querySelectorAll('tbody tr')[0]).toBe(third)
  })

  it('keeps focus on its key when a row above it goes or comes', () => {
    const { rerender } = render(<WithClient keys={[k1, k2, k3, k4]} />)
    act(() => box(k3).focus())
    rerender(<WithClient keys={[k1, k3, k4]} />)
    expect(box(k3)).toHaveFocus()
    // And when a row comes in above it.
    rerender(<WithClient keys={[k5, k1, k3, k4]} />)
    expect(box(k3)).toHaveFocus()
  })

  it('keeps focus on a key’s actions button when a row above it goes', () => {
    const { rerender } = render(<WithClient keys={[k1, k2, k3]} />)
    act(() => actions(k3).focus())
    rerender(<WithClient keys={[k2, k3]} />)
    expect(actions(k3)).toHaveFocus()
  })

  it('puts focus on the same control of the row that takes a removed key’s place', () => {
    const { rerender } = render(<WithClient keys={[k1, k2, k3]} />)
    act(() => actions(k2).focus())
    rerender(<WithClient keys={[k1, k3]} />)
    expect(actions(k3)).toHaveFocus()
    act(() => box(k3).focus())
    rerender(<WithClient keys={[k1]} />)
    // The last row was gone: the row now last.
    expect(box(k1)).toHaveFocus()
  })

  it('leaves focus alone once it has left the rows', () => {
    const { rerender } = render(
      <>
        <button type="button">Elsewhere</button>
        <WithClient keys={[k1, k2, k3]} />
      </>,
    )
    act(() => box(k3).focus())
    act(() => screen.getByRole('button', { name: 'Elsewhere' }).focus())
    rerender(
      <>
        <button type="button">Elsewhere</button>
        <WithClient keys={[k2, k3]} />
      </>,
    )
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus()
    // Nor does it take focus back from the page's body when the rows change later.
    act(() => (document.activeElement as HTMLElement).blur())
    rerender(
      <>
        <button type="button">Elsewhere</button>
        <WithClient keys={[k4, k3]} />
      </>,
    )
    expect(document.body).toHaveFocus()
  })

  it('shows a copy’s check only on the key copied, not on the key drawn in its row next', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { configurable: true, get: () => ({ writeText }) })
    try {
      const { rerender } = render(<WithClient keys={[k1, k2]} />)
      const copy = within(rowOf(k1)).getByRole('button', { name: `Copy ID of ${k1.name}` })
      await act(async () => fireEvent.click(copy))
      expect(writeText).toHaveBeenCalledWith(k1.id)
      expect(copy.querySelector('.icon-check')).not.toBeNull()
      rerender(<WithClient keys={[k3, k4]} />)
      const next = within(rowOf(k3)).getByRole('button', { name: `Copy ID of ${k3.name}` })
      expect(next.querySelector('.icon-check')).toBeNull()
      expect(next.querySelector('.icon-copy')).not.toBeNull()
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard')
    }
  })

  it('draws a row’s actions button anew for another key, so a menu left open goes with its key', () => {
    const { rerender } = render(<WithClient keys={[k1, k2]} />)
    const button = actions(k1)
    rerender(<WithClient keys={[k3, k2]} />)
    expect(button.isConnected).toBe(false)
    expect(actions(k3)).not.toBe(button)
    // The key's own row keeps its button.
    const second = actions(k2)
    rerender(<WithClient keys={[k3, k2]} />)
    expect(actions(k2)).toBe(second)
  })

  it('closes a key’s scope list when another key is drawn in its row', async () => {
    const { rerender } = render(<WithClient keys={[k1, k2]} />)
    await act(async () => fireEvent.click(within(rowOf(k1)).getByRole('button', { name: `2 scopes of ${k1.name}` })))
    expect(await screen.findByRole('dialog', { name: `Scopes of ${k1.name}` })).toBeInTheDocument()
    rerender(<WithClient keys={[k3, k2]} />)
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(within(rowOf(k3)).getByRole('button', { name: `2 scopes of ${k3.name}` })).toHaveAttribute('aria-expanded', 'false')
  })
})
