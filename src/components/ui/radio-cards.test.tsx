import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { RadioCards } from './radio-cards'

const OPTIONS = [
  { value: 'full', label: 'Full access' },
  { value: 'restricted', label: 'Restricted' },
  { value: 'none', label: 'None' },
] as const

type Choice = (typeof OPTIONS)[number]['value']

function Harness({ initial = 'full' }: { initial?: Choice | 'unchosen' }) {
  const [value, setValue] = useState<Choice | undefined>(initial === 'unchosen' ? undefined : initial)
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

  it('focusing the group (as a form does for an invalid field) focuses the choice, or the first card when none is made', async () => {
    const { unmount } = render(<Harness initial="restricted" />)
    screen.getByRole('radiogroup', { name: 'Access' }).focus()
    expect(screen.getByRole('radio', { name: 'Restricted' })).toHaveFocus()
    unmount()
    render(<Harness initial="unchosen" />)
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked()
    screen.getByRole('radiogroup', { name: 'Access' }).focus()
    expect(screen.getByRole('radio', { name: 'Full access' })).toHaveFocus()
  })

  it('Enter on a choice neither changes it nor submits the form around it', async () => {
    const user = userEvent.setup()
    const submit = vi.fn<(event: { preventDefault: () => void }) => void>((event) => event.preventDefault())
    render(
      <form onSubmit={submit}>
        <Harness initial="none" />
        <button type="submit">Save</button>
      </form>,
    )
    await user.click(screen.getByRole('radio', { name: 'None' }))
    await user.keyboard('{Enter}')
    expect(submit).not.toHaveBeenCalled()
    expect(screen.getByRole('radio', { name: 'None' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(submit).toHaveBeenCalledTimes(1)
  })
})
