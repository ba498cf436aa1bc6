import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ariaSort, columnSort, DataTableColumnHeader, nextSort } from './data-table-column-header'

describe('the sort a header click makes', () => {
  it('sorts another column ascending first', () => {
    expect(nextSort({ id: 'create_time', desc: true }, 'name')).toEqual({ id: 'name', desc: false })
  })

  it('flips the sorting column, and never leaves the table unsorted', () => {
    expect(nextSort({ id: 'name', desc: false }, 'name')).toEqual({ id: 'name', desc: true })
    expect(nextSort({ id: 'name', desc: true }, 'name')).toEqual({ id: 'name', desc: false })
  })
})

it('says how each column stands in the sort, as aria-sort does', () => {
  const sort = { id: 'last_used_at', desc: true }
  expect([columnSort(sort, 'last_used_at'), columnSort(sort, 'name')]).toEqual(['desc', false])
  expect([ariaSort('asc'), ariaSort('desc'), ariaSort(false)]).toEqual(['ascending', 'descending', 'none'])
})

it('is one button named by its title that asks for the next sort', async () => {
  const onSort = vi.fn<() => void>()
  render(<DataTableColumnHeader title="Created" sorted="desc" onSort={onSort} />)
  await userEvent.setup().click(screen.getByRole('button', { name: 'Created' }))
  expect(onSort).toHaveBeenCalledTimes(1)
})
