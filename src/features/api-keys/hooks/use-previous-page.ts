import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { apiKeysListQueryOptions } from '../api/use-api-keys-list'
import { toListParams } from '../model/list-params'
import type { ListView } from '../model/list-view'
import { nearestKnownPage, rememberPageToken } from '../model/page-token-memory'
import { walkToPage } from '../model/walk-to-page'

/**
 * Previous, including from a page nobody has paged to here (a pasted link): its token is then
 * found by reading forward from the nearest known page. The pages read land in the query cache,
 * so stepping further back is instant. A failure leaves the page shown as it is.
 */
export function usePreviousPage(view: ListView, now: number, go: (next: ListView) => void, onError: (error: unknown) => void) {
  const queryClient = useQueryClient()
  const walk = useRef<{ view: ListView; controller: AbortController } | null>(null)
  const [walkingFrom, setWalkingFrom] = useState<ListView | null>(null)

  useEffect(() => {
    // Leaving the view (a filter, another page, Back) abandons a walk under way.
    if (walk.current && walk.current.view !== view) {
      walk.current.controller.abort()
      walk.current = null
    }
  }, [view])
  useEffect(() => () => walk.current?.controller.abort(), [])

  const target = view.page - 1
  const previous = async () => {
    if (target < 1 || walk.current) return
    const start = nearestKnownPage(view, target)
    // The usual case: the previous page's token is known, nothing to read.
    if (start.page === target) return go({ ...view, page: target, cursor: start.token })
    const controller = new AbortController()
    walk.current = { view, controller }
    setWalkingFrom(view)
    try {
      const reached = await walkToPage(
        start,
        target,
        async ({ page, token }) => {
          const data = await queryClient.fetchQuery(apiKeysListQueryOptions(toListParams({ ...view, page, cursor: token }, now)))
          if (data.next_page_token) rememberPageToken(view, page + 1, data.next_page_token)
          return data.next_page_token
        },
        controller.signal,
      )
      go({ ...view, page: reached.page, cursor: reached.token })
    } catch (error) {
      if (!controller.signal.aborted) onError(error)
    } finally {
      if (walk.current?.controller === controller) walk.current = null
      setWalkingFrom((from) => (from === view ? null : from))
    }
  }
  return { canPrevious: target >= 1, findingPrevious: walkingFrom === view, previous }
}
