import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { DataTableSelectAll, DataTableSelectRow } from './data-table-select'

const FRUITS = ['Apple', 'Banana']

/** A list of fruit with its own selection: the generic boxes say only the nouns they are given. */
function FruitList({ onToggle }: { onToggle?: (name: string, shiftKey: boolean) => void }) {
  const [selected, setSelected] = useState<readonly string[]>([])
  const all = selected.length === FRUITS.length ? true : selected.length > 0 ? 'indeterminate' : false
  return (
    <div>
      <DataTableSelectAll label="Select all fruit" checked={all} onCheckedChange={(next) => setSelected(next ? FRUITS : [])} />
      {FRUITS.map((name) => (
        <DataTableSelectRow
          key={name}
          label={`Select ${name}`}
          checked={selected.includes(name)}
          onToggle={(shift) => {
            onToggle?.(name, shift)
            setSelected((was) => (was.includes(name) ? was.filter((n) => n !== name) : [...was, name]))
          }}
        />
      ))}
    </div>
  )
}

it('labels the boxes with the nouns given, and the page box is mixed while some rows are selected', async () => {
  const user = userEvent.setup()
  render(<FruitList />)
  const all = screen.getByRole('checkbox', { name: 'Select all fruit' })
  await user.click(screen.getByRole('checkbox', { name: 'Select Apple' }))
  expect(screen.getByRole('checkbox', { name: 'Select Apple' })).toBeChecked()
  expect(all).toHaveAttribute('aria-checked', 'mixed')
  // A mixed box selects everything.
  await user.click(all)
  expect(all).toBeChecked()
  expect(screen.getByRole('checkbox', { name: 'Select Banana' })).toBeChecked()
  await user.click(all)
  expect(screen.queryAllByRole('checkbox', { checked: true })).toHaveLength(0)
})

it('tells onToggle whether Shift was held', async () => {
  const user = userEvent.setup()
  const onToggle = vi.fn<(name: string, shiftKey: boolean) => void>()
  render(<FruitList onToggle={onToggle} />)
  await user.click(screen.getByRole('checkbox', { name: 'Select Apple' }))
  await user.keyboard('{Shift>}')
  await user.click(screen.getByRole('checkbox', { name: 'Select Banana' }))
  await user.keyboard('{/Shift}')
  expect(onToggle.mock.calls).toEqual([
    ['Apple', false],
    ['Banana', true],
  ])
})
