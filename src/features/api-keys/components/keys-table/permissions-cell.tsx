import { useState, type ComponentPropsWithRef } from 'react'
import { LazyBoundary, lazyWithRetry } from '../../../../components/ui/lazy-boundary'
import { permissionsSummary } from '../../model/labels'
import { MissingValue } from './cells'

// The popover (radix) loads on first use, keeping it off the first screen.
const ScopesPopover = lazyWithRetry(() => import('./scopes-popover'), (m) => m.ScopesPopover)

/** "N scopes", the button that opens the key's scope list. */
export function ScopesButton({ summary, keyName, ...props }: { summary: string; keyName: string } & ComponentPropsWithRef<'button'>) {
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      aria-label={`${summary} of ${keyName}`}
      className="rounded-sm whitespace-nowrap underline decoration-dotted underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500"
      {...props}
    >
      {summary}
    </button>
  )
}

/** `[]` is full access; a missing list is unknown and shows MISSING, never "Full access". */
export function PermissionsCell({ permissions, keyName }: { permissions: readonly string[] | undefined; keyName: string }) {
  const [opened, setOpened] = useState(false)
  if (permissions === undefined) return <MissingValue />
  const summary = permissionsSummary(permissions)
  if (summary === 'Full access') return <span className="whitespace-nowrap">Full access</span>
  const button = <ScopesButton summary={summary} keyName={keyName} aria-expanded={false} />
  if (!opened) return <ScopesButton summary={summary} keyName={keyName} aria-expanded={false} onClick={() => setOpened(true)} />
  return (
    <LazyBoundary what="the scope list" onDismiss={() => setOpened(false)} fallback={button}>
      <ScopesPopover scopes={permissions} keyName={keyName} summary={summary} />
    </LazyBoundary>
  )
}
