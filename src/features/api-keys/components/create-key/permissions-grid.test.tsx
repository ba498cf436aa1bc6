import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { SCOPE_RESOURCES } from '../../../../api/scopes'
import { PermissionsGrid } from './permissions-grid'
import './test-utils'

function Harness({ initial = [], onChange }: { initial?: string[]; onChange: (next: string[]) => void }) {
  const [value, setValue] = useState<string[]>(initial)
  return (
    <PermissionsGrid
      value={value}
      onChange={(next) => {
        setValue(next)
        onChange(next)
      }}
    />
  )
}

function setup(initial?: string[]) {
  const onChange = vi.fn<(next: string[]) => void>()
  const user = userEvent.setup()
  render(<Harness initial={initial} onChange={onChange} />)
  const box = (name: string) => screen.getByRole('checkbox', { name })
  return { user, onChange, box, last: () => onChange.mock.lastCall?.[0] }
}

it('has one row per resource of the contract, with only the actions each has', () => {
  const { box } = setup()
  for (const resource of SCOPE_RESOURCES) expect(screen.getByRole('group', { name: resource })).toBeInTheDocument()
  expect(box('conversations: Submit')).toBeInTheDocument()
  expect(screen.queryByRole('checkbox', { name: 'metrics: Write' })).toBeNull()
  expect(within(screen.getByRole('group', { name: 'traces' })).getAllByRole('checkbox')).toHaveLength(2)
})

it('ticks single actions as resource:action', async () => {
  const { user, box, last } = setup()
  await user.click(box('runs: Read'))
  await user.click(box('personas: Delete'))
  expect(last()).toEqual(['runs:read', 'personas:delete'])
  expect(box('runs: All')).toHaveAttribute('aria-checked', 'mixed')
  expect(screen.getByText('2 scopes on 2 resources')).toBeInTheDocument()
  await user.click(box('runs: Read'))
  expect(last()).toEqual(['personas:delete'])
})

it('sends "All" as resource:*, which covers the resource’s actions until it is unticked', async () => {
  const { user, box, last } = setup(['dashboards:read'])
  await user.click(box('dashboards: All'))
  expect(last()).toEqual(['dashboards:*'])
  for (const action of ['Read', 'Write', 'Delete']) {
    expect(box(`dashboards: ${action}`)).toBeChecked()
    expect(box(`dashboards: ${action}`)).toBeDisabled()
  }
  await user.click(box('dashboards: All'))
  expect(last()).toEqual([])
  expect(box('dashboards: Read')).not.toBeChecked()
  expect(box('dashboards: Read')).toBeEnabled()
})

it('filters resources by name or scope, keeping choices that are hidden', async () => {
  const { user, box, last } = setup(['runs:read'])
  const search = screen.getByRole('searchbox', { name: 'Filter resources' })
  await user.type(search, 'test')
  const rowNames = () => screen.queryAllByRole('group').map((row) => document.getElementById(row.getAttribute('aria-labelledby') ?? '')?.textContent)
  expect(rowNames()).toEqual(['test-sets', 'test-cases'])
  await user.click(box('test-cases: Write'))
  expect(last()).toEqual(['runs:read', 'test-cases:write'])
  await user.clear(search)
  await user.type(search, 'conversations:sub')
  expect(rowNames()).toEqual(['conversations'])
  await user.clear(search)
  await user.type(search, 'billing')
  expect(rowNames()).toEqual([])
  expect(screen.getByText(/No resource matches/)).toHaveTextContent('No resource matches “billing”.')
})

it('clears every choice at once', async () => {
  const { user, last } = setup(['runs:read', 'agents:*'])
  await user.click(screen.getByRole('button', { name: 'Clear' }))
  expect(last()).toEqual([])
  expect(screen.getByText('No permissions chosen')).toBeInTheDocument()
  // Clear goes with what it cleared: the focus goes to the grid's first box, not the page's (or dialog's) body.
  expect(screen.queryByRole('button', { name: 'Clear' })).toBeNull()
  expect(screen.getAllByRole('checkbox')[0]).toHaveFocus()
})

it('does not submit the surrounding form when Enter is pressed in the search', async () => {
  const onSubmit = vi.fn<(event: SubmitEvent) => void>((event) => event.preventDefault())
  const user = userEvent.setup()
  render(
    <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
      <PermissionsGrid value={[]} onChange={() => {}} />
      <button type="submit">Send</button>
    </form>,
  )
  await user.type(screen.getByRole('searchbox', { name: 'Filter resources' }), 'runs{Enter}')
  expect(onSubmit).not.toHaveBeenCalled()
})
