import { useEffect, useSyncExternalStore } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'

/*
 * Every "Create key" button opens the same dialog, and the dialog lives in the button mounted
 * first (the page header's). The empty state's button disappears as soon as the first key shows
 * up in the list; a dialog living inside it would vanish with the secret it was showing.
 */
interface Snapshot {
  open: boolean
  /** Create similar: the key whose settings the form starts from. */
  similarTo: ApiKey | null
  /** The button that renders the dialog. */
  host: string | undefined
}

let snapshot: Snapshot = { open: false, similarTo: null, host: undefined }
const hosts: string[] = []
const listeners = new Set<() => void>()
let opener: HTMLElement | null = null

function update(next: Partial<Snapshot>) {
  snapshot = { ...snapshot, ...next }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function openCreateKeyDialog(from: HTMLElement | null, similarTo: ApiKey | null = null) {
  opener = from
  update({ open: true, similarTo })
}

export function closeCreateKeyDialog() {
  update({ open: false })
}

/** The button that opened the dialog, to take focus back, if it is still on the page. */
export function takeOpener(): HTMLElement | null {
  const element = opener
  opener = null
  return element?.isConnected ? element : null
}

/** Registers a button; returns whether the dialog is open and whether this button renders it. */
export function useCreateKeyDialog(buttonId: string): { open: boolean; similarTo: ApiKey | null; isHost: boolean } {
  useEffect(() => {
    hosts.push(buttonId)
    update({ host: hosts[0] })
    return () => {
      hosts.splice(hosts.indexOf(buttonId), 1)
      update({ host: hosts[0], open: hosts.length > 0 && snapshot.open })
    }
  }, [buttonId])
  const { open, similarTo, host } = useSyncExternalStore(subscribe, () => snapshot, () => snapshot)
  return { open, similarTo, isHost: host === buttonId }
}
