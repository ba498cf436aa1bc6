import { matchMutation, matchQuery, type Query, type QueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../api/api-error'
import type { ApiClient } from '../../../api/http-client'
import { isChange, judgeAnswer, type KeyChange, type KeyState, type Verdict } from './key-state'
import { keyChangeMutationKey } from './list-cache'
import { onKeysReplaced } from './keys-replaced'
import { apiKeyKeys } from './query-keys'
import { aimedAt } from './waiting-changes'

type SettledAction = { type: 'success' } | { type: 'error'; error: unknown } | { type: string }

/** What a status change or delete of the key, once settled, says of it. */
function changeMadeBy(variables: unknown, action: SettledAction, id: string): KeyChange | null {
  if (!aimedAt(variables, id)) return null
  if (action.type === 'success') return typeof variables.status === 'string' ? { kind: 'changed', status: variables.status } : { kind: 'deleted' }
  // 404: deleted elsewhere. Any other failure left the key as it was.
  if ('error' in action && isApiError(action.error) && action.error.status === 404) return { kind: 'deleted' }
  return null
}

/**
 * Tells what the app learns of one key from now on: each status change or delete of it that
 * settles (any page, single or bulk), each list answer to a request sent from now on (one sent
 * earlier may have been answered before the action landed), a switch to another server, and the
 * demo's keys being replaced (a reset or a new seed).
 * Returns the unsubscribe.
 */
/** The query cache the app's lists live in, and the client whose server they came from. */
export interface KeyWatchServices {
  queryClient: QueryClient
  api: ApiClient
}

export function observeKey({ queryClient, api }: KeyWatchServices, expected: KeyState, onVerdict: (verdict: Verdict) => void): () => void {
  const askedSince = new WeakSet<Query>()
  // Switching server clears the cache: the key is then another server's, whatever the new one says.
  const server = api.config().baseUrl
  const offQueries = queryClient.getQueryCache().subscribe((event) => {
    if (api.config().baseUrl !== server) return onVerdict({ kind: 'elsewhere' })
    if (event.type !== 'updated' || !matchQuery({ queryKey: apiKeyKeys.lists() }, event.query)) return
    const { action, query } = event
    if (action.type === 'fetch') askedSince.add(query)
    // `manual` writes are the app's own patches (optimistic or rollback), not the server's word.
    if (action.type !== 'success' || action.manual || !askedSince.has(query)) return
    askedSince.delete(query)
    const data: unknown = query.state.data
    onVerdict(judgeAnswer(expected, query.queryKey, data))
  })
  const offMutations = queryClient.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated' || !matchMutation({ mutationKey: keyChangeMutationKey }, event.mutation)) return
    const variables: unknown = event.mutation.state.variables
    const change = changeMadeBy(variables, event.action, expected.id)
    if (change) onVerdict(change)
  })
  const offReplaced = onKeysReplaced(queryClient, () => onVerdict({ kind: 'replaced' }))
  return () => {
    offQueries()
    offMutations()
    offReplaced()
  }
}

/** Calls `onChange` once, the first time the app learns the key has moved on; returns the unsubscribe. */
export function watchKeyChanges(services: KeyWatchServices, expected: KeyState, onChange: (change: KeyChange) => void): () => void {
  const stop = observeKey(services, expected, (verdict) => {
    if (!isChange(verdict)) return
    stop()
    onChange(verdict)
  })
  return stop
}

/**
 * Listens from before a request on the key. `verdict()` then waits for the lists to be asked again
 * (joining a refetch already under way) and says what the answers showed: a change wins.
 */
export function listenToKey(services: KeyWatchServices, expected: KeyState) {
  const { queryClient } = services
  const heard: Verdict[] = []
  const stop = observeKey(services, expected, (verdict) => heard.push(verdict))
  return {
    stop,
    async verdict(): Promise<Verdict> {
      await queryClient.refetchQueries({ queryKey: apiKeyKeys.lists(), type: 'active' }, { cancelRefetch: false })
      stop()
      return heard.findLast(isChange) ?? (heard.includes('same') ? 'same' : 'unknown')
    },
  }
}
