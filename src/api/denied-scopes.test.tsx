import { QueryClientProvider, useMutation } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useRef } from 'react'
import { describe, expect, it } from 'vitest'
import { createQueryClient } from '../app/query-client'
import { ApiError } from './api-error'
import { scopeMeta, useScopeDenied } from './denied-scopes'

const failure = (status: number) => new ApiError({ kind: 'http', status, code: 'X', message: 'No.', details: [], requestId: null, retryAfterMs: null })

function Write({ status, scope }: { status: number; scope: string }) {
  const mutation = useMutation({ mutationFn: () => Promise.reject(failure(status)), meta: scopeMeta(scope) })
  const denied = useScopeDenied(scope)
  return (
    <button type="button" onClick={() => mutation.mutate()}>
      {denied ? 'denied' : 'allowed'}
    </button>
  )
}

/** A write that fails with `first`, then goes through. */
function WriteThatRecovers({ first, scope }: { first: number; scope: string }) {
  const calls = useRef(0)
  const mutation = useMutation({ mutationFn: () => (calls.current++ === 0 ? Promise.reject(failure(first)) : Promise.resolve('done')), meta: scopeMeta(scope) })
  const denied = useScopeDenied(scope)
  return (
    <button type="button" onClick={() => mutation.mutate()}>
      {denied ? 'denied' : 'allowed'}
    </button>
  )
}

describe('denied scopes', () => {
  it('a write needing the scope that then goes through clears it; one needing another scope does not', async () => {
    const user = userEvent.setup()
    const client = createQueryClient()
    render(
      <QueryClientProvider client={client}>
        <WriteThatRecovers first={403} scope="api-keys:write" />
        <WriteThatRecovers first={403} scope="api-keys:delete" />
      </QueryClientProvider>,
    )
    const [write, remove] = screen.getAllByRole('button', { name: 'allowed' })
    if (!write || !remove) throw new Error('two writes')
    await user.click(write)
    await user.click(remove)
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'denied' })).toHaveLength(2))
    await user.click(write)
    await waitFor(() => expect(write).toHaveTextContent('allowed'))
    expect(remove).toHaveTextContent('denied')
  })

  it('a 403 on a write marks its scope; another status does not', async () => {
    const user = userEvent.setup()
    const client = createQueryClient()
    const { unmount } = render(
      <QueryClientProvider client={client}>
        <Write status={500} scope="api-keys:write" />
      </QueryClientProvider>,
    )
    await user.click(screen.getByRole('button', { name: 'allowed' }))
    await waitFor(() => expect(client.getMutationCache().getAll()[0]?.state.status).toBe('error'))
    expect(screen.getByRole('button')).toHaveTextContent('allowed')
    unmount()
    render(
      <QueryClientProvider client={client}>
        <Write status={403} scope="api-keys:write" />
      </QueryClientProvider>,
    )
    await user.click(screen.getByRole('button', { name: 'allowed' }))
    expect(await screen.findByRole('button', { name: 'denied' })).toBeInTheDocument()
  })

  it('survives an invalidation of every query, and a new connection (cache cleared) forgets it', async () => {
    const user = userEvent.setup()
    const client = createQueryClient()
    const tree = () => (
      <QueryClientProvider client={client}>
        <Write status={403} scope="api-keys:delete" />
      </QueryClientProvider>
    )
    const { rerender } = render(tree())
    await user.click(screen.getByRole('button', { name: 'allowed' }))
    expect(await screen.findByRole('button', { name: 'denied' })).toBeInTheDocument()
    await act(() => client.invalidateQueries())
    expect(screen.getByRole('button')).toHaveTextContent('denied')
    // A new connection clears the cache and renders the page again.
    act(() => client.clear())
    rerender(tree())
    expect(await screen.findByRole('button', { name: 'allowed' })).toBeInTheDocument()
  })
})
