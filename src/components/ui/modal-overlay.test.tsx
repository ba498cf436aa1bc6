import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { AlertDialog, AlertDialogCancel, AlertDialogContent } from './alert-dialog'
import { Button } from './button'
import { Dialog, DialogContent } from './dialog'

const locked = () => document.documentElement.hasAttribute('data-scroll-locked')

// A dialog that opens a confirmation over itself, as Create does before discarding a secret.
function Harness() {
  const [open, setOpen] = useState(false)
  const [confirming, setConfirming] = useState(false)
  return (
    <>
      <Button onClick={() => setOpen(true)}>Open</Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent title="Outer">
          <Button onClick={() => setConfirming(true)}>Ask</Button>
          <AlertDialog open={confirming} onOpenChange={setConfirming}>
            <AlertDialogContent title="Inner" description="Sure?" footer={<AlertDialogCancel />} />
          </AlertDialog>
        </DialogContent>
      </Dialog>
    </>
  )
}

describe('a modal overlay', () => {
  it('keeps the page still while any modal is open, until the last one closes', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    expect(locked()).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Open' }))
    expect(await screen.findByRole('dialog', { name: 'Outer' })).toBeVisible()
    expect(locked()).toBe(true)
    expect(document.querySelectorAll('[data-modal-overlay]')).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Ask' }))
    expect(await screen.findByRole('alertdialog', { name: 'Inner' })).toBeVisible()
    expect(document.querySelectorAll('[data-modal-overlay]')).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    // The outer dialog is still open: the page stays locked.
    expect(locked()).toBe(true)

    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(locked()).toBe(false)
    expect(document.querySelectorAll('[data-modal-overlay]')).toHaveLength(0)
  })
})
