import { onlineManager, useQueryClient, type MutationCacheNotifyEvent, type QueryCacheNotifyEvent } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { isApiError } from '../api/api-error'
import { badge } from './header-badge'
import { hostOf } from './connection/connection'

type Reach = 'answered' | 'unreached' | 'offline'

type Action = Extract<QueryCacheNotifyEvent | MutationCacheNotifyEvent, { type: 'updated' }>['action']

/**
 * What one step of a request says of the server: it answered (a success, or any HTTP error: a 404
 * or a 500 is an answer), it was not reached (no answer, or none in time), or nothing (a request
 * begun or given up, or data the app set itself).
 */
function heard(action: Action): boolean | null {
  if (action.type === 'success') return 'manual' in action && action.manual ? null : true
  if ((action.type === 'error' || action.type === 'failed') && isApiError(action.error)) {
    return !(action.error.code === 'NETWORK_ERROR' || action.error.kind === 'timeout')
  }
  return null
}

/** Whether the server answers: told by the latest request's outcome, whatever asked (a list, a write), and by the browser's network. */
function useServerReach(): Reach {
  const client = useQueryClient()
  const [online, setOnline] = useState(() => onlineManager.isOnline())
  const [answered, setAnswered] = useState(true)
  useEffect(() => {
    const note = (action: Action) => {
      const answer = heard(action)
      if (answer !== null) setAnswered(answer)
    }
    const stops = [
      onlineManager.subscribe((now) => {
        setOnline(now)
        // Back online, the last failure is old news: the next request tells.
        if (now) setAnswered(true)
      }),
      client.getQueryCache().subscribe((event) => event.type === 'updated' && note(event.action)),
      client.getMutationCache().subscribe((event) => event.type === 'updated' && note(event.action)),
    ]
    return () => stops.forEach((stop) => stop())
  }, [client])
  return online ? (answered ? 'answered' : 'unreached') : 'offline'
}

const LOOKS: Record<Reach, { box: string; dot: string; says: string; why: string | undefined }> = {
  answered: {
    box: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200',
    dot: 'bg-emerald-500',
    says: 'Connected to',
    why: undefined,
  },
  unreached: {
    box: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200',
    dot: 'bg-amber-500',
    says: 'Can’t reach',
    why: 'The last request got no answer from the server. Lists try again on their own; a failed one has Retry.',
  },
  offline: {
    box: 'border-zinc-300 bg-zinc-100 text-zinc-800 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200',
    dot: 'bg-zinc-400',
    says: 'Offline, not reaching',
    why: 'The browser is offline: nothing reaches the server until the network is back.',
  },
}

/**
 * The connected mode's badge: where the key goes (the host, whole even on a phone: a long host or
 * path wraps rather than hides), and whether that server answers. Green only while it does; a
 * server that stopped answering, or a browser gone offline, turns it amber or grey and says so.
 * Its own chunk: the demo's first screen does not carry it.
 */
export function ConnectedBadge({ baseUrl }: { baseUrl: string }) {
  const look = LOOKS[useServerReach()]
  return (
    <span className={`${badge} max-w-full ${look.box}`} title={look.why}>
      <span aria-hidden className={`size-2 shrink-0 rounded-full ${look.dot}`} />
      <span className="min-w-0 [overflow-wrap:anywhere]">
        {look.says} <bdi>{hostOf(baseUrl)}</bdi>
      </span>
    </span>
  )
}
