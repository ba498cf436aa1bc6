import { useEffect, useState } from 'react'
import type { KeysList } from '../api/use-keys-list'
import { serializeListView } from '../model/list-view'

/**
 * A later page emptied under the person reading it (its last keys deleted, here or elsewhere): the
 * page before takes its place in the URL, rather than a message about an out-of-date link, which is
 * for a link to a page that was never shown. True while that step back is under way.
 */
export function useStepBackFromEmptiedPage(keys: KeysList): boolean {
  const { view, list } = keys
  const here = serializeListView(view).toString()
  // The view whose rows were last on screen.
  const [shown, setShown] = useState<string | null>(null)
  if (!list.beyondEnd && !list.placeholder && list.rows.length > 0 && shown !== here) setShown(here)
  const emptied = list.beyondEnd && view.page > 1 && shown === here
  const { stepBack } = keys
  useEffect(() => {
    if (emptied) stepBack()
  }, [emptied, stepBack])
  return emptied
}
