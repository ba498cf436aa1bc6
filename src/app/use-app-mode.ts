import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { ApiClient } from '../api/http-client'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useApiClient } from '../hooks/use-api-client'
import { forgetConnection, saveConnection, type Connection } from './connection/connection'
import { forgetServer } from '../features/api-keys/api/capability-store'
import { announceKeysReplaced } from '../features/api-keys/api/keys-replaced'
import { UNDO, useToasts } from '../components/ui/toast-store'
import { formatCount } from '../lib/intl'
import { setNetworkMode } from './query-client'
import { applyMode, type AppMode, type Boot, type DemoControls } from './start-mode'

const REJECTED = 'The API rejected the key (it may have been revoked or suspended). Connect again with a valid admin key.'

/** Points the client at a mode's server, and sets whether its queries wait for the network. */
export function enterMode(queryClient: QueryClient, api: ApiClient, mode: AppMode, demo: DemoControls | null, notify: () => void, apiKey?: string): void {
  applyMode(api, mode, demo, notify, apiKey)
  setNetworkMode(queryClient, mode.kind === 'demo')
}

/** The current mode, and the ways to switch; each switch repoints the client and starts afresh. */
export function useAppMode(boot: Boot) {
  const queryClient = useQueryClient()
  const api = useApiClient()
  const toasts = useToasts()
  // This app's client reports a 401 here; what to do is set once mounted.
  const unauthenticated = useRef<() => void>(() => {})
  const [notify] = useState(() => () => unauthenticated.current())
  const [mode, setModeState] = useState<AppMode>(() => {
    enterMode(queryClient, api, boot.initial, boot.demo, notify)
    return boot.initial
  })

  const setMode = useCallback(
    (next: AppMode, apiKey?: string) => {
      enterMode(queryClient, api, next, boot.demo, notify, apiKey)
      setModeState(next)
      // Nothing cached from another server may show under this one.
      queryClient.clear()
    },
    [api, boot.demo, notify, queryClient],
  )

  const shownMode = useRef(mode)
  useEffect(() => {
    shownMode.current = mode
  }, [mode])

  useEffect(() => {
    // A 401 at any time: drop the key, stop asking, and ask the user again. The URL (their place) and
    // whether the key was remembered stay: only the key is asked for again.
    const onUnauthenticated = () => {
      const current = shownMode.current
      forgetConnection()
      void queryClient.cancelQueries()
      setMode({ kind: 'disconnected', reason: REJECTED, baseUrl: api.config().baseUrl, remember: current.kind === 'connected' ? current.connection.remember : undefined })
    }
    unauthenticated.current = onUnauthenticated
    return () => {
      unauthenticated.current = () => {}
    }
  }, [api, queryClient, setMode])

  useEffect(() => {
    // The demo now plays another server or holds other keys: forget what was learned of it, and ask again.
    // Another server behind the same demo URL: what was learnt about it, and every answer, are void.
    const demo = boot.demo
    if (!demo) return
    let seedCount = demo.settings().seedCount
    const onDemoServerChange = () => {
      forgetServer(queryClient, demo.config.baseUrl)
      // A new number of keys is a new seed: every key the app knew (an Undo's above all) is gone.
      const now = demo.settings().seedCount
      if (now !== seedCount) announceKeysReplaced(queryClient)
      seedCount = now
      void queryClient.resetQueries()
    }
    return demo.onServerChange(onDemoServerChange)
  }, [boot.demo, queryClient])

  useEffect(() => {
    // Another tab of the demo changed its keys: what this one shows is read again, as after a change
    // made elsewhere on a real server (shown the next time the page would refresh, at once here).
    if (!boot.demo) return
    return boot.demo.onKeysChangedElsewhere(() => void queryClient.invalidateQueries())
  }, [boot.demo, queryClient])

  return {
    mode,
    demoAvailable: boot.demo !== null,
    /** The demo's server settings, for the header's Demo settings dialog; null in the connected-only build. */
    demo: boot.demo,
    connect: (connection: Connection) => {
      saveConnection(connection)
      setMode({ kind: 'connected', connection: { baseUrl: connection.baseUrl, remember: connection.remember } }, connection.apiKey)
    },
    disconnect: () => {
      forgetConnection()
      setMode({
        kind: 'disconnected',
        baseUrl: mode.kind === 'connected' ? mode.connection.baseUrl : mode.kind === 'disconnected' ? mode.baseUrl : undefined,
        remember: mode.kind === 'connected' ? mode.connection.remember : mode.kind === 'disconnected' ? mode.remember : undefined,
      })
    },
    switchToDemo: () => {
      forgetConnection()
      setMode({ kind: 'demo' })
    },
    resetDemo: () => {
      if (!boot.demo) return
      const restore = boot.demo.reset()
      const keysReplaced = () => {
        // An Undo offered before would act on a key the reset has put back, or removed.
        announceKeysReplaced(queryClient)
        void queryClient.resetQueries()
      }
      keysReplaced()
      // A reset in a demo is one press (a sales call resets often); its Undo brings the keys back.
      toasts.info('Demo data reset', {
        description: `Back to the original ${formatCount(boot.demo.settings().seedCount)} sample keys. Saved views and demo settings stay.`,
        action: {
          label: UNDO,
          onClick: () => {
            if (!restore()) {
              toasts.error('Could not undo the reset', { description: 'The demo keys changed after the reset, so nothing was undone.' })
              return
            }
            keysReplaced()
            toasts.success('Demo data restored', { description: 'The keys are as they were before the reset.' })
          },
        },
      })
    },
  }
}

export type AppModeControls = ReturnType<typeof useAppMode>
