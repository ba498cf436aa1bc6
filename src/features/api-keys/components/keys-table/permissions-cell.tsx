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
      className="rounded-sm whitespace-nowrap underline decoration-dotted underline-offset-4 pointer-coarse:py-1.5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500"
      {...props}
    >
      {summary}
    </button>
  )
}

/**
 * `[]` is full access; a missing list is unknown and shows MISSING, never "Full access".
 * `keyId`: the popover is the key's it was opened for; a row drawn by position can show another key.
 */
export function PermissionsCell({ permissions, keyName, keyId }: { permissions: readonly string[] | undefined; keyName: string; keyId: string }) {
  // null until first opened; then for which key, and whether a finger opened it (the popover's filter box then waits for a tap).
  const [opened, setOpened] = useState<{ byTouch: boolean; keyId: string } | null>(null)
  if (permissions === undefined) return <MissingValue />
  const summary = permissionsSummary(permissions)
  if (summary === 'Full access') return <span className="whitespace-nowrap">Full access</span>
  const button = <ScopesButton summary={summary} keyName={keyName} aria-expanded={false} />
  if (opened?.keyId !== keyId) return <ScopesButton summary={summary} keyName={keyName} aria-expanded={false} onClick={(event) => setOpened({ byTouch: isTouch(event.nativeEvent), keyId })} />
  return (
    <LazyBoundary what="the scope list" onDismiss={() => setOpened(null)} fallback={button}>
      <ScopesPopover scopes={permissions} keyName={keyName} summary={summary} openedByTouch={opened.byTouch} />
    </LazyBoundary>
  )
}

/** Whether a click came from a finger (Chrome and Safari say so on the click itself). */
export function isTouch(event: Event): boolean {
  return 'pointerType' in event && event.pointerType === 'touch'
}
