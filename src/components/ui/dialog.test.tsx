import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { Button } from './button'
import { Dialog, DialogContent, type DialogContentProps } from './dialog'

// A dialog with a text box and two radios, opened by a button, as the create form is.
function Harness({ outsidePress }: Pick<DialogContentProps, 'outsidePress'>) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button onClick={() => setOpen(true)}>Open</Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent title="Name it" outsidePress={outsidePress}>
          <label>
            Name <input />
          </label>
          <label>
            <input type="radio" name="kind" value="a" /> A
          </label>
        </DialogContent>
      </Dialog>
    </>
  )
}

function overlay(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-modal-overlay]')
  if (!element) throw new Error('no modal overlay')
  return element
}

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Open' }))
  return screen.findByRole('dialog', { name: 'Name it' })
}

describe('a press outside a dialog', () => {
  it('closes the dialog while nothing has been entered in it', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await openDialog(user)
    await user.click(overlay())
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('does nothing once something was typed, and the text stays; Escape still closes', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    const dialog = await openDialog(user)
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'ci-deploy')
    await user.click(overlay())
    expect(dialog).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('ci-deploy')

    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('counts a choice as an entry, and starts afresh when the dialog opens again', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    const dialog = await openDialog(user)
    await user.click(screen.getByRole('radio', { name: 'A' }))
    await user.click(overlay())
    expect(dialog).toBeInTheDocument()

    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await openDialog(user)
    await user.click(overlay())
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('always closes a dialog that asks for it (outsidePress="close")', async () => {
    const user = userEvent.setup()
    render(<Harness outsidePress="close" />)
    await openDialog(user)
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'ci-deploy')
    await user.click(overlay())
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })
})
