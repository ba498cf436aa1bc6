import { createColumnHelper, rowSelectionFeature, tableFeatures, useTable } from '@tanstack/react-table'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DataTableSelectAll, DataTableSelectRow } from './data-table-select'

interface Fruit {
  id: string
  name: string
}
const features = tableFeatures({ rowSelectionFeature })
const helper = createColumnHelper<typeof features, Fruit>()
const FRUITS: Fruit[] = [
  { id: 'a', name: 'Apple' },
  { id: 'b', name: 'Banana' },
]

/** A table of fruit: the generic parts say only the nouns they are given. */
function FruitTable({ onToggle }: { onToggle?: (id: string, shiftKey: boolean) => void }) {
  const table = useTable({
    features,
    data: FRUITS,
    getRowId: (row) => row.id,
    columns: [helper.display({ id: 'select', cell: () => null })],
  })
  return (
    <div>
      <DataTableSelectAll table={table} label="Select all fruit" />
      {table.getRowModel().rows.map((row) => (
        <DataTableSelectRow key={row.id} row={row} label={`Select ${row.original.name}`} onToggle={onToggle && ((shift) => onToggle(row.id, shift))} />
      ))}
    </div>
  )
}

it('labels the boxes with the nouns given, and the page box is mixed while some rows are selected', async () => {
  const user = userEvent.setup()
  render(<FruitTable />)
  const all = screen.getByRole('checkbox', { name: 'Select all fruit' })
  await user.click(screen.getByRole('checkbox', { name: 'Select Apple' }))
  expect(screen.getByRole('checkbox', { name: 'Select Apple' })).toBeChecked()
  expect(all).toHaveAttribute('aria-checked', 'mixed')
  await user.click(all)
  expect(all).toBeChecked()
  expect(screen.getByRole('checkbox', { name: 'Select Banana' })).toBeChecked()
  await user.click(all)
  expect(screen.queryAllByRole('checkbox', { checked: true })).toHaveLength(0)
})

it('hands the toggle to onToggle, saying whether Shift was held', async () => {
  const user = userEvent.setup()
  const onToggle = vi.fn<(id: string, shiftKey: boolean) => void>()
  render(<FruitTable onToggle={onToggle} />)
  await user.click(screen.getByRole('checkbox', { name: 'Select Apple' }))
  await user.keyboard('{Shift>}')
  await user.click(screen.getByRole('checkbox', { name: 'Select Banana' }))
  await user.keyboard('{/Shift}')
  expect(onToggle.mock.calls).toEqual([
    ['a', false],
    ['b', true],
  ])
  expect(screen.getByRole('checkbox', { name: 'Select Apple' })).not.toBeChecked()
})
