import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { serverPageOptions, type ServerListContext } from './server-page'

/**
 * Previous on a server-answered view. Usually the page before is cached; from a pasted link it is
 * not, and its token is found by reading forward from the nearest page read (see `serverPageOptions`).
 * Meanwhile the page shown stays; leaving the view abandons the walk; a failure is reported, not shown as the page.
 */
export function usePreviousServerPage(context: ServerListContext | null, page: number, go: (page: number) => void, onError: (error: unknown) => void) {
  const queryClient = useQueryClient()
  const [walking, setWalking] = useState<{ context: ServerListContext; page: number } | null>(null)
  const walk = useRef<{ context: ServerListContext; page: number } | null>(null)

  useEffect(() => {
    const current = walk.current
    // Leaving the view or the page (a filter, another page, Back) abandons a walk under way.
    if (current && (current.context !== context || current.page !== page)) {
      walk.current = null
      void queryClient.cancelQueries({ queryKey: serverPageOptions(current.context, current.page - 1).queryKey, exact: true })
    }
  }, [queryClient, context, page])

  const previous = async () => {
    if (!context || page <= 1 || walk.current) return
    const options = serverPageOptions(context, page - 1)
    if (queryClient.getQueryData(options.queryKey)) return go(page - 1)
    const mine = { context, page }
    walk.current = mine
    setWalking(mine)
    try {
      await queryClient.fetchQuery(options)
      if (walk.current === mine) go(page - 1)
    } catch (error) {
      if (walk.current === mine) onError(error)
    } finally {
      if (walk.current === mine) walk.current = null
      setWalking((shown) => (shown === mine ? null : shown))
    }
  }
  return { previous, findingPrevious: walking !== null && walking.context === context && walking.page === page }
}
