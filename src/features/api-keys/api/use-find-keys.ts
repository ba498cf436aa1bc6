import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ApiKey } from '../../../api/api-key-schema'
import { useDebouncedValue } from '../../../hooks/use-debounced-value'
import { KEY_MATCH_LIMIT, mergeKeyMatches, searchedKeyId } from '../model/key-matches'
import { DEFAULT_VIEW } from '../model/list-view'
import { keyByIdQuery, toViewQuery } from '../model/view-query'
import { useServerCapabilities } from './capability-store'
import { apiKeyKeys } from './query-keys'
import { readWholeView } from './read-whole-view'

export interface FoundKeys {
  /** The text the keys were found for (it trails the typing by the debounce). */
  readonly text: string
  readonly keys: readonly ApiKey[]
  /** How many keys the text finds in all, of which `keys` are the first few. */
  readonly total: number
  readonly searching: boolean
  readonly error: unknown
}

const ignoreProgress = () => undefined

/**
 * Keys by name, last characters of the masked key, or exact id, found through the list planner
 * (the table's own search, every answer checked), a pause after the typing stops.
 */
export function useFindKeys(term: string, enabled: boolean): FoundKeys {
  const queryClient = useQueryClient()
  const { api, baseUrl, store } = useServerCapabilities()
  const text = useDebouncedValue(term.trim(), 250)
  const result = useQuery({
    queryKey: apiKeyKeys.found(baseUrl, text),
    enabled: enabled && text !== '',
    // The last answer stays while the next text is asked, so the list does not blink empty.
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }): Promise<{ keys: ApiKey[]; total: number }> => {
      const id = searchedKeyId(text)
      const bySearch = readWholeView(queryClient, { query: toViewQuery({ ...DEFAULT_VIEW, search: text }, Date.now()), api, baseUrl, store }, signal, ignoreProgress)
      const byId = id === null ? Promise.resolve<readonly ApiKey[]>([]) : readWholeView(queryClient, { query: keyByIdQuery(id), api, baseUrl, store }, signal, ignoreProgress)
      const [found, exact] = await Promise.all([bySearch, byId])
      const all = mergeKeyMatches(exact.filter((key) => key.id === id), found, Infinity)
      return { keys: all.slice(0, KEY_MATCH_LIMIT), total: all.length }
    },
  })
  const waiting = text !== term.trim()
  const data = text === '' ? undefined : result.data
  return { text, keys: data?.keys ?? [], total: data?.total ?? 0, searching: waiting || result.isFetching, error: result.error }
}
