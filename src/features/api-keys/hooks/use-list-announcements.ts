import { useEffect, useRef } from 'react'
import { useLiveMessage } from '../../../hooks/use-live-message'
import { sortLabel } from '../model/sort-label'
import type { ListView } from '../model/list-view'

/**
 * What the keys list tells a screen reader that its rows and pager do not: a new order, once the
 * rows in that order show (the pager's range stays "1–20 of 320", so a sort is otherwise silent;
 * said after the rows, a sort that fails is never said to have worked), and whatever the list
 * `say`s (a selection cleared), and `unsay`s.
 */
export function useListAnnouncements(sort: ListView['sort'], rowsShown: boolean) {
  const { message, say, unsay } = useLiveMessage()
  const order = sort ? `${sort.field}.${sort.desc ? 'desc' : 'asc'}` : 'create_time.desc'
  const announced = useRef(order)
  useEffect(() => {
    if (!rowsShown || order === announced.current) return
    announced.current = order
    say(`Sorted ${sortLabel(order)}.`)
  }, [order, rowsShown, say])
  return { message, say, unsay }
}
