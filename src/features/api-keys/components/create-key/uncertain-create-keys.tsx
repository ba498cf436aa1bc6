import { useState } from 'react'
import { describeApiError } from '../../../../api/api-error'
import type { ApiKey } from '../../../../api/api-key-schema'
import { Button } from '../../../../components/ui/button'
import { RequestIdText } from '../../../../components/ui/request-id-text'
import { useUnseenUncertainCreates } from '../../api/find-uncertain-creates'
import { useUpdateApiKeyStatus } from '../../api/use-update-api-key-status'
import { formatLocal } from '../../model/format-time'
import type { UncertainAttempt } from '../../model/uncertain-create'

type Revoking = { state: 'sending' } | { state: 'done' } | { state: 'failed'; message: string }

const REASON = 'Made by a create whose answer never reached the dashboard; its secret was never shown.'

function FoundKey({ apiKey, revoking, onRevoke }: { apiKey: ApiKey; revoking: Revoking | undefined; onRevoke: () => void }) {
  const name = apiKey.name ?? ''
  const revoked = revoking?.state === 'done' || apiKey.status === 'REVOKED'
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-amber-300 bg-white/60 px-3 py-2 dark:border-amber-800 dark:bg-zinc-900/60">
      <div className="min-w-0 flex-1">
        <p className="font-medium break-words">
          <bdi>{name}</bdi>
        </p>
        <p className="text-xs">
          ID <code className="font-mono [overflow-wrap:anywhere]">{apiKey.id}</code>
          {apiKey.create_time && <>, created {formatLocal(apiKey.create_time)}</>}
        </p>
        {revoking?.state === 'failed' && <p className="text-xs font-medium text-red-800 dark:text-red-300"><RequestIdText text={revoking.message} /></p>}
      </div>
      {revoked ? (
        <p className="text-sm font-medium">Revoked</p>
      ) : (
        <Button
          size="sm"
          variant="danger"
          // Two keys may share the name: the id tells them apart.
          aria-label={`${revoking?.state === 'sending' ? 'Revoking' : 'Revoke'} ${name} (${apiKey.id})`}
          aria-disabled={revoking?.state === 'sending'}
          onClick={() => revoking?.state !== 'sending' && onRevoke()}
        >
          {revoking?.state === 'sending' ? 'Revoking…' : 'Revoke'}
        </Button>
      )}
    </li>
  )
}

/**
 * After a create that may have reached the server: the keys it may have made (the browser may
 * even have sent it twice), each revocable in one click, since nobody ever saw their secrets.
 */
export function UncertainCreateKeys({ attempt }: { attempt: UncertainAttempt }) {
  const { lookup, unseen } = useUnseenUncertainCreates(attempt)
  const revoke = useUpdateApiKeyStatus()
  const [revoking, setRevoking] = useState<ReadonlyMap<string, Revoking>>(new Map())
  const name = <bdi className="font-medium">{attempt.body.name}</bdi>

  function revokeKey(key: ApiKey) {
    const mark = (value: Revoking) => setRevoking((current) => new Map(current).set(key.id, value))
    mark({ state: 'sending' })
    revoke.mutateAsync({ key, status: 'REVOKED', reason: REASON }).then(
      () => mark({ state: 'done' }),
      (error: unknown) => mark({ state: 'failed', message: `Not revoked: ${describeApiError(error)}` }),
    )
  }

  if (lookup.isPending) return <p role="status" className="text-sm">Looking for keys named {name} created in the last few minutes…</p>
  if (lookup.isError) {
    return (
      <div className="space-y-2 text-sm">
        <p role="alert">
          Could not look for keys named {name}: <RequestIdText text={describeApiError(lookup.error)} />
        </p>
        <Button size="sm" onClick={() => void lookup.refetch()}>
          Look again
        </Button>
      </div>
    )
  }
  const keys = unseen ?? []
  if (keys.length === 0) {
    return (
      <p role="status" className="text-sm">
        No key named {name} was created in the last few minutes, so trying again will not make a second one.
      </p>
    )
  }
  return (
    <section aria-label="Keys this create may have made" className="space-y-2 text-sm">
      <p role="status">
        {keys.length === 1 ? 'A key' : `${keys.length} keys`} named {name} {keys.length === 1 ? 'was' : 'were'} created in the last few minutes, and{' '}
        {keys.length === 1 ? 'its secret was' : 'their secrets were'} never shown, so nobody can use {keys.length === 1 ? 'it' : 'them'}. Revoke{' '}
        {keys.length === 1 ? 'it' : 'them'} so no stray key is left, then try again.
      </p>
      <ul className="space-y-2">
        {keys.map((key) => (
          <FoundKey key={key.id} apiKey={key} revoking={revoking.get(key.id)} onRevoke={() => revokeKey(key)} />
        ))}
      </ul>
    </section>
  )
}
