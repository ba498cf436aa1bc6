import { useMemo, useState, type ReactNode } from 'react'
import { CreateKeyDialogHost, isCreateApiKeyDialogLoaded, loadCreateApiKeyDialog, type CreateRequest } from '../create-key/create-key-dialog-host'
import { KeyDialogsContext, type KeyDialogs } from './key-dialogs-context'
import { holdTyping } from '../../../../lib/hold-typing'

export interface KeyDialogsProviderProps {
  /** The page shown (and the server it reads): leaving it drops its dialog. Null where no page shows keys. */
  page: string | null
  children: ReactNode
}

/** Renders the create-key dialog once, for every button and command that asks for it. */
export function KeyDialogsProvider({ page, children }: KeyDialogsProviderProps) {
  const [create, setCreate] = useState<CreateRequest | null>(null)
  const [shownOn, setShownOn] = useState(page)
  // Back, or a switch of server, while the dialog is open: it goes with its page, as it did when a page's button held it.
  if (page !== shownOn) {
    setShownOn(page)
    setCreate(null)
  }
  const dialogs = useMemo<KeyDialogs>(
    () => ({
      openCreate: (opener, similarTo = null) => {
        // Its code still on the way: opened once it is here, in one render. Rendered before, it would
        // suspend, and React holds back a suspended part's reveal for up to 300 ms. A load that fails
        // opens it too, and the dialog's place says so with Retry.
        if (isCreateApiKeyDialogLoaded()) return setCreate({ open: true, opener, similarTo })
        // Meanwhile what is typed (`c`, then a name at once) is the Name field's, not the page's: its
        // letters had gone, or run shortcuts (z undid). Escape gives the opening up.
        let given = false
        const held = holdTyping(() => {
          given = true
        })
        void loadCreateApiKeyDialog().then(() => {
          const typed = held.take()
          if (!given) setCreate({ open: true, opener, similarTo, typed })
        })
      },
    }),
    [],
  )
  return (
    <KeyDialogsContext value={dialogs}>
      {children}
      {page !== null && create && <CreateKeyDialogHost key={page} request={create} onClosed={() => setCreate((current) => current && { ...current, open: false })} />}
    </KeyDialogsContext>
  )
}
