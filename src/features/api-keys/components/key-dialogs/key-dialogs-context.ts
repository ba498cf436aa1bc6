import { createContext, useContext } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'

/** What buttons and commands may ask of the dialogs the app renders once. */
export interface KeyDialogs {
  /** Opens the create-key dialog (Create similar: starting from `similarTo`); focus goes back to `opener` on close. */
  openCreate: (opener: HTMLElement | null, similarTo?: ApiKey | null) => void
}

export const KeyDialogsContext = createContext<KeyDialogs | null>(null)

export function useKeyDialogs(): KeyDialogs {
  const dialogs = useContext(KeyDialogsContext)
  if (!dialogs) throw new Error('useKeyDialogs outside KeyDialogsProvider')
  return dialogs
}
