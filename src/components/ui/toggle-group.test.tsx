import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { MultiToggleGroup } from './toggle-group'

const OPTIONS = [
  { value: 'a', label: 'Alpha' },
  { value: 'b', label: 'Beta' },
] as const

function Harness({ initial }: { initial: ('a' | 'b')[] }) {
  const [value, setValue] = useState<('a' | 'b')[]>(initial)
  return (
    <>
      <MultiToggleGroup label="Letters" anyLabel="All letters" value={value} options={OPTIONS} onChange={setValue} />
      <output>{value.join(',') || 'none'}</output>
    </>
  )
}

const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed')

describe('MultiToggleGroup with an "all" option', () => {
  it('shows "all" when nothing is chosen, and choosing one option leaves it', async () => {
    const user = userEvent.setup()
    render(<Harness initial={[]} />)
    expect([pressed('All letters'), pressed('Alpha'), pressed('Beta')]).toEqual(['true', 'false', 'false'])
    await user.click(screen.getByRole('button', { name: 'Beta' }))
    expect([pressed('All letters'), pressed('Alpha'), pressed('Beta')]).toEqual(['false', 'false', 'true'])
    await user.click(screen.getByRole('button', { name: 'All letters' }))
    expect(screen.getByRole('status')).toHaveTextContent('none')
  })

  it('every option chosen reads as "all"; pressing one then narrows to it alone', async () => {
    const user = userEvent.setup()
    render(<Harness initial={['a', 'b']} />)
    expect([pressed('All letters'), pressed('Alpha'), pressed('Beta')]).toEqual(['true', 'false', 'false'])
    await user.click(screen.getByRole('button', { name: 'Alpha' }))
    expect(screen.getByRole('status')).toHaveTextContent('a')
  })
})
