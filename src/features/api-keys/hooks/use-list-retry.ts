import { useEffect, useState } from 'react'
import type { ListState } from '../api/list-state'
import type { ListView } from '../model/list-view'

const RETRY_FAILED = 'Retry failed: the keys still did not load.'

type ReadState = Pick<ListState, 'error' | 'pending' | 'placeholder' | 'retry'>

/**
 * The list alert's Retry. It keeps the alert, saying it retries, until the list answers or fails
 * again (the read asked again has no error meanwhile): its button keeps the focus, and the view its
 * place. A second failure is said aloud (the alert's words stay the same, so a screen reader would
 * not hear it), and taken back once put right (the view read, or another view asked for), so a
 * screen reader reading the page later does not find it. `note`: what the alert says of the rows
 * below now; while a Retry runs, the one it said when pressed.
 */
export function useListRetry<Note>(view: ListView, list: ReadState, note: Note, announce: { say: (text: string) => void; unsay: (text: string) => void }) {
  const [retrying, setRetrying] = useState<{ view: ListView; error: unknown; note: Note } | null>(null)
  const [failedAgain, setFailedAgain] = useState<{ view: ListView; error: unknown } | null>(null)
  if (retrying !== null && (retrying.view !== view || (list.error !== null ? list.error !== retrying.error : !list.pending && !list.placeholder))) {
    setRetrying(null)
    if (retrying.view === view && list.error !== null) setFailedAgain({ view, error: list.error })
  }
  if (failedAgain !== null && retrying === null && (failedAgain.view !== view || (list.error === null && !list.pending && !list.placeholder))) setFailedAgain(null)
  const { say, unsay } = announce
  useEffect(() => {
    if (failedAgain === null) return
    say(RETRY_FAILED)
    return () => unsay(RETRY_FAILED)
  }, [failedAgain, say, unsay])
  return {
    /** The failure to show: while its Retry runs, the one retried. */
    error: list.error ?? retrying?.error ?? null,
    retrying: retrying !== null,
    note: retrying ? retrying.note : note,
    retry: () => {
      setRetrying({ view, error: list.error, note })
      list.retry()
    },
  }
}
