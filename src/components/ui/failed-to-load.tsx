import type { ReactNode } from 'react'
import { useOnline } from '../../hooks/use-online'
import { Button } from './button'

/**
 * Offline, the failure says so, and offers no reload (which would fail too, and lose what waits to
 * be sent). Online, a chunk gone after a redeploy is only in the new version: a reload gets it.
 */
export function FailedToLoad({ what, children }: { what: string; children: ReactNode }) {
  const online = useOnline()
  return (
    <>
      <span>Could not load {what}{online ? '.' : ': you are offline.'}</span>
      {children}
      {online && (
        <Button size="sm" variant="ghost" onClick={() => window.location.reload()}>
          Reload for the latest version
        </Button>
      )}
    </>
  )
}
