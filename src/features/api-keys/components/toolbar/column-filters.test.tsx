import { createColumnHelper, useTable } from '@tanstack/react-table'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import type { ApiKey } from '../../../../api/api-key-schema'
import { KEY_TYPES } from '../../../../api/enums'
import { hideableColumns } from '../../../../components/data-table/data-table-view-options'
import { DataTableViewOptionsMenu } from '../../../../components/data-table/data-table-view-options-menu'
import { oneOf } from '../../model/column-filter'
import { DEFAULT_VIEW, type ListView } from '../../model/list-view'
import { keysColumnDefaults, keysTableColumns, keysTableFeatures } from '../keys-table/columns'
import { ColumnFilters, filterColumns } from './column-filters'

const column = createColumnHelper<typeof keysTableFeatures, ApiKey>()
// A column added the way columns.tsx adds one: its meta alone puts it in the toolbar and the Columns menu.
const kind = column.display({
  id: 'kind',
  header: 'Kind',
  meta: { label: 'Kind', hideable: true, filter: oneOf('type', { anyLabel: 'Any kind', order: 0, values: KEY_TYPES, labels: { SERVICE: 'Machine', USER: 'Person' } }) },
})

function Harness({ extra }: { extra: boolean }) {
  const [view, setView] = useState<ListView>(DEFAULT_VIEW)
  const [columnVisibility, setColumnVisibility] = useState<Record<string, boolean>>({})
  const columns = keysTableColumns
  const table = useTable({
    features: keysTableFeatures,
    columns: extra ? [...columns, kind] : columns,
    data: [],
    state: { columnVisibility },
    onColumnVisibilityChange: (updater) => setColumnVisibility(typeof updater === 'function' ? updater(columnVisibility) : updater),
  })
  return (
    <main>
      <ColumnFilters columns={filterColumns(table.getAllLeafColumns())} view={view} onChange={(change) => setView({ ...view, ...change })} />
      {/* The menu itself, not its lazy loader: what it lists is under test. */}
      <DataTableViewOptionsMenu columns={hideableColumns(table)} defaultOpen />
      <output aria-label="View">{JSON.stringify({ type: view.type, statuses: view.statuses, hidden: Object.keys(columnVisibility) })}</output>
    </main>
  )
}

const groupNames = () => screen.getAllByRole('group', { hidden: true }).map((group) => group.getAttribute('aria-label'))

// Radix hides the page from assistive technology while the menu is open, and jsdom cannot place the menu.
// Named by its trigger in the page ("Choose columns"); here, with no deferred button around it, by its own label.
const columnsMenu = () => within(screen.getByRole('menu', { name: /columns/i, hidden: true }))

// jsdom's role queries are slow on a busy machine.
describe('the toolbar and the Columns menu come from the columns’ meta', { timeout: 20_000 }, () => {
  it('the keys table: four filter groups in the toolbar’s order, and the hideable columns in the table’s', async () => {
    render(<Harness extra={false} />)
    expect(groupNames()).toEqual(['Environment', 'Status', 'Type', 'Last used'])
    expect(within(screen.getByRole('group', { hidden: true, name: 'Last used' })).getAllByRole('button', { hidden: true }).map((b) => b.textContent)).toEqual(['Any use', 'Never used', 'Not used in 30 days', 'Not used in 90 days', 'Used in the last 24 h'])
    const menu = columnsMenu()
    expect(menu.getAllByRole('menuitemcheckbox', { hidden: true }).map((item) => item.textContent?.replace(/^✓/, ''))).toEqual(['Status', 'Environment', 'Last used', 'Type', 'Permissions', 'Created', 'Key', 'ID'])
  })

  it('a column added with meta shows up in both, and each drives what its meta names', async () => {
    const user = userEvent.setup()
    render(<Harness extra />)
    const menu = columnsMenu()
    const item = menu.getByRole('menuitemcheckbox', { hidden: true, name: 'Kind' })
    expect(item).toHaveAttribute('aria-checked', 'true')
    await user.click(item)
    expect(screen.getByLabelText('View').textContent).toContain('"hidden":["kind"]')
    expect(groupNames()).toEqual(['Kind', 'Environment', 'Status', 'Type', 'Last used'])
    await user.click(within(screen.getByRole('group', { hidden: true, name: 'Kind' })).getByRole('button', { hidden: true, name: 'Person' }))
    expect(screen.getByLabelText('View').textContent).toContain('"type":"USER"')
    // The Type group drives the same field, so it shows the choice too.
    expect(within(screen.getByRole('group', { hidden: true, name: 'Type' })).getByRole('button', { hidden: true, name: 'User' })).toHaveAttribute('aria-pressed', 'true')
  })

  it('a status set keeps the options’ order, and pressing the chosen one-of option again goes back to any', async () => {
    const user = userEvent.setup()
    render(<Harness extra={false} />)
    const status = within(screen.getByRole('group', { hidden: true, name: 'Status' }))
    await user.click(status.getByRole('button', { hidden: true, name: 'Revoked' }))
    await user.click(status.getByRole('button', { hidden: true, name: 'Active' }))
    expect(screen.getByLabelText('View').textContent).toContain('"statuses":["ACTIVE","REVOKED"]')
    const type = within(screen.getByRole('group', { hidden: true, name: 'Type' }))
    await user.click(type.getByRole('button', { hidden: true, name: 'Service' }))
    expect(screen.getByLabelText('View').textContent).toContain('"type":"SERVICE"')
    await user.click(type.getByRole('button', { hidden: true, name: 'Service' }))
    expect(screen.getByLabelText('View').textContent).toContain('"type":null')
  })

  it('the Key column is shown by default only where the table is wide, as its meta says', () => {
    expect(keysColumnDefaults(true)).toMatchObject({ api_key: true, id: true, name: true })
    expect(keysColumnDefaults(false)).toMatchObject({ api_key: false, id: true, name: true })
  })
})
