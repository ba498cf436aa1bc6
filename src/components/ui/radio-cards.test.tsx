import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { RadioCards } from './radio-cards'

const OPTIONS = [
  { value: 'full', label: 'Full access' },
  { value: 'restricted', label: 'Restricted' },
  { value: 'none', label: 'None' },
] as const

function Harness() {
  const [value, setValue] = useState<(typeof OPTIONS)[number]['value'] | undefined>('full')
  return (
    <>
      <RadioCards aria-label="Access" options={OPTIONS} value={value} onValueChange={setValue} />
      <button type="button">After</button>
    </>
  )
}

describe('RadioCards', () => {
  it('a quick arrow press (released before focus moves) chooses the next card', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.click(screen.getByRole('radio', { name: 'Full access' }))
    // user-event releases the key at once; Radix moves focus on a timer after that.
    await user.keyboard('{ArrowDown}')
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Restricted' })).toHaveFocus())
    expect(screen.getByRole('radio', { name: 'Restricted' })).toBeChecked()
    await user.keyboard('{ArrowDown}')
    await waitFor(() => expect(screen.getByRole('radio', { name: 'None' })).toBeChecked())
  })

  it('Tab into the group focuses the choice without changing it', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.click(screen.getByRole('radio', { name: 'Full access' }))
    await user.tab()
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus()
    await user.tab({ shift: true })
    expect(screen.getByRole('radio', { name: 'Full access' })).toHaveFocus()
    expect(screen.getByRole('radio', { name: 'Full access' })).toBeChecked()
  })
})
