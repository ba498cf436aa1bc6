import { render, screen, within } from '@testing-library/react'
import { keyFrom } from '../../../../test/api-key'
import { WithClient } from './keys-table-harness'

const full = keyFrom({
  id: '01JBCDEFGHJKMNPQRSTVWXYZ12',
  organization_id: 'org_1',
  api_key: '****-****-****-o5p6',
  key_type: 'SERVICE',
  environment: 'PRODUCTION',
  status: 'ACTIVE',
  name: 'CI deploys',
  description: 'Runs the nightly deploy.',
  permissions: [],
  create_time: '2026-01-01T00:00:00Z',
  update_time: null,
  last_used_at: null,
})
// What the server may send: nothing but an id.
const sparse = keyFrom({ id: '01JBCDEFGHJKMNPQRSTVWXYZ34' })
const untitled = keyFrom({ ...full, id: '01JBCDEFGHJKMNPQRSTVWXYZ56', name: null, description: null })

function cellsOf(id: string): Record<string, string> {
  const row = document.querySelector(`tr[data-row-id="${id}"]`)
  if (!(row instanceof HTMLTableRowElement)) throw new Error(`No row ${id}`)
  return Object.fromEntries([...row.cells].map((cell) => [cell.dataset.column, cell.textContent ?? '']))
}

describe('a row with fields missing', () => {
  it('shows — for what the server left out, and still shows the full row beside it', () => {
    render(<WithClient keys={[full, sparse]} />)
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent)
    // What people decide by first, the identifiers last (columns.tsx).
    expect(headers).toEqual(['', 'Name', 'Status', 'Environment', 'Last used', 'Type', 'Permissions', 'Created', 'Key', 'ID', 'Actions'])
    const { name, api_key: masked, id, key_type: type, environment, status, permissions, create_time: created, last_used_at: lastUsed } = cellsOf(sparse.id)
    expect({ name, masked, type, environment, status, permissions, created, lastUsed }).toEqual({
      name: '—',
      masked: '—',
      type: '—',
      environment: '—',
      status: '—',
      permissions: '—',
      created: '—',
      lastUsed: '—',
    })
    expect(id).toContain('01JB')
    const fullCells = cellsOf(full.id)
    expect(fullCells.name).toBe('CI deploysRuns the nightly deploy.')
    expect(fullCells.permissions).toBe('Full access')
    expect(fullCells.last_used_at).toBe('Never')
  })

  it('names the row controls of a key without a name by its id', () => {
    render(<WithClient keys={[sparse, untitled]} />)
    for (const key of [sparse, untitled]) {
      const row = screen.getAllByRole('row').find((r) => r.getAttribute('data-row-id') === key.id)
      if (!row) throw new Error(`No row ${key.id}`)
      expect(within(row).getByRole('checkbox', { name: `Select Untitled key ${key.id}` })).toBeInTheDocument()
      expect(within(row).getByRole('button', { name: `Actions for Untitled key ${key.id}` })).toBeInTheDocument()
      expect(within(row).getByRole('button', { name: `Copy ID of Untitled key ${key.id}` })).toBeInTheDocument()
    }
  })

  it('tells a key without a name (null) from a name the server did not send', () => {
    render(<WithClient keys={[sparse, untitled]} />)
    expect(cellsOf(untitled.id).name).toBe('Untitled key')
    expect(cellsOf(sparse.id).name).toBe('—')
  })
})
