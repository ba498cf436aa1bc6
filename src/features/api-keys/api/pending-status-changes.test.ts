import { QueryClient } from '@tanstack/react-query'
import { keyFrom } from '../../../test/api-key'
import { keyChangeMutationKey } from './list-cache'
import { statusChangesWaiting } from './pending-status-changes'

/** Starts a change that never answers (or answers at once), as the mutation hooks start theirs. */
function startChange(queryClient: QueryClient, variables: object, answers = false) {
  const mutation = queryClient.getMutationCache().build(queryClient, {
    mutationKey: keyChangeMutationKey,
    mutationFn: () => (answers ? Promise.resolve({}) : new Promise(() => {})),
  })
  return mutation.execute(variables)
}

describe('statusChangesWaiting', () => {
  it('holds each key whose status change waits, as it stood before; a delete or a settled change is not held', async () => {
    const queryClient = new QueryClient()
    const waiting = keyFrom({ id: '01JWAITING00000000000000000', status: 'ACTIVE' })
    const deleting = keyFrom({ id: '01JDELETING0000000000000000', status: 'ACTIVE' })
    const settled = keyFrom({ id: '01JSETTLED00000000000000000', status: 'ACTIVE' })
    void startChange(queryClient, { key: waiting, status: 'SUSPENDED' })
    void startChange(queryClient, { key: deleting })
    await startChange(queryClient, { key: settled, status: 'REVOKED' }, true)
    const held = statusChangesWaiting(queryClient)
    expect([...held.keys()]).toEqual([waiting.id])
    expect(held.get(waiting.id)).toBe(waiting)
  })

  it('is empty when nothing waits', () => {
    expect(statusChangesWaiting(new QueryClient()).size).toBe(0)
  })
})
