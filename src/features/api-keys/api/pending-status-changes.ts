import { useMutationState } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ApiKey } from '../../../api/api-key-schema'
import { keyChangeMutationKey } from './list-cache'
import type { UpdateStatusVariables } from './use-update-api-key-status'

const NONE: ReadonlyMap<string, ApiKey> = new Map()

const isStatusChange = (variables: unknown): variables is UpdateStatusVariables =>
  typeof variables === 'object' && variables !== null && 'key' in variables && 'status' in variables

/**
 * The keys whose status change is still waiting for the server, as they stood before it (by id).
 * The cache already shows each change (optimistic); a view the browser filters judges these keys
 * by what the server still holds, so a row does not leave it, nor its count drop, on a change the
 * server may refuse, as a view the server filters keeps the row until the server has answered.
 */
export function usePendingStatusChanges(): ReadonlyMap<string, ApiKey> {
  const pending = useMutationState({
    filters: { mutationKey: keyChangeMutationKey, status: 'pending' },
    select: (mutation) => mutation.state.variables,
  })
  const before = pending.filter(isStatusChange).map((variables) => variables.key)
  // One map for as long as the same keys wait: the answer built on it is not built again.
  const ids = before.map((key) => `${key.id}@${key.update_time ?? ''}`).join(' ')
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- keyed by the ids and versions of the keys waiting
  return useMemo(() => (before.length === 0 ? NONE : new Map(before.map((key) => [key.id, key]))), [ids])
}
