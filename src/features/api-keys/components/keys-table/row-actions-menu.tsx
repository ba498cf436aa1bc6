import { useId, useRef } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { navigateTo } from '../../../../hooks/use-location-search'
import { keyDetailPath } from '../../model/key-path'
import { useKeyDialogs } from '../key-dialogs/key-dialogs-context'
import { DeferredTrigger } from '../../../../components/ui/deferred-menu'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '../../../../components/ui/dropdown-menu'
import { ACTION_LABELS, TERMINAL_ACTIONS, availableActions, keyDisplayName, requiredScope, type KeyAction } from '../../model/key-actions'
import { ScopeNote } from '../scope-needed'
import { useScopeDenied } from '../../../../api/denied-scopes'
import { copyWithToast } from '../../../../hooks/use-copy-to-clipboard'
import { useToasts } from '../../../../components/ui/toast-store'
import { canRotate } from '../rotate-key/rotation-choices'
import { rowActionsLabel, type RowAction } from './row-actions-cell'
import { useWaitingChange } from '../../api/waiting-changes'
import { waitingNote } from '../../model/waiting-words'

export interface RowActionsMenuProps {
  apiKey: ApiKey
  onAction: (action: RowAction, key: ApiKey) => void
  defaultOpen?: boolean
}

/** The row's menu: only what the lifecycle allows for this key, each item naming it. */
export function RowActionsMenu({ apiKey, onAction, defaultOpen }: RowActionsMenuProps) {
  const label = rowActionsLabel(apiKey)
  const name = keyDisplayName(apiKey)
  const actions = availableActions(apiKey)
  // A change made offline waits for the connection: the key's other changes wait for it (model/waiting-words.ts).
  const waiting = useWaitingChange(apiKey.id)
  // Where focus goes back when a dialog opened from this menu closes.
  const triggerRef = useRef<HTMLButtonElement>(null)
  const { openCreate } = useKeyDialogs()
  const toasts = useToasts()
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>
        <DeferredTrigger ref={triggerRef} />
      </DropdownMenuTrigger>
      {/* Looking and copying first, the lifecycle's changes below the line, the destructive ones last (as the actions are ordered). */}
      <DropdownMenuContent label={label}>
        <DropdownMenuItem aria-label={`View details of ${name}`} onSelect={() => navigateTo(keyDetailPath(apiKey.id), 'push', true)}>
          View details
        </DropdownMenuItem>
        {/* Both make a key: after a refused write they say they need the scope, as the lifecycle's items do. */}
        {canRotate(apiKey) && <ScopedItem label={`Rotate ${name}`} text="Rotate…" scope="api-keys:write" disabled={waiting !== null} onSelect={() => onAction('rotate', apiKey)} />}
        <ScopedItem label={`Create similar to ${name}`} text="Create similar…" scope="api-keys:write" onSelect={() => openCreate(triggerRef.current, apiKey)} />
        <DropdownMenuItem aria-label={`Copy ID of ${name}`} onSelect={() => void copyWithToast(toasts, apiKey.id, { copied: 'ID copied', failed: 'Could not copy the ID' })}>
          Copy ID
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        {waiting !== null && (
          // Reachable, so a keyboard or a screen reader meets why the items under it are not.
          <DropdownMenuItem aria-disabled className="max-w-64 text-xs text-zinc-600 dark:text-zinc-400" onSelect={(event) => event.preventDefault()}>
            {waitingNote(waiting)}
          </DropdownMenuItem>
        )}
        {actions.map((action) => (
          <ActionItem key={action} action={action} name={name} disabled={waiting !== null} onSelect={() => onAction(action, apiKey)} />
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  )
}

function ActionItem({ action, name, disabled, onSelect }: { action: KeyAction; name: string; disabled: boolean; onSelect: () => void }) {
  const { verb } = ACTION_LABELS[action]
  // An ellipsis where a confirmation follows: every action but reactivating one key.
  const text = action === 'reactivate' ? verb : `${verb}…`
  return <ScopedItem label={`${verb} ${name}`} text={text} scope={requiredScope(action)} tone={TERMINAL_ACTIONS.has(action) ? 'danger' : undefined} disabled={disabled} onSelect={onSelect} />
}

/** An item that needs `scope`: once the server has refused it, the item says so under its text (and stays usable). */
function ScopedItem({ label, text, scope, tone, disabled, onSelect }: { label: string; text: string; scope: string; tone?: 'danger'; disabled?: boolean; onSelect: () => void }) {
  const noteId = useId()
  const denied = useScopeDenied(scope)
  return (
    <DropdownMenuItem aria-label={label} aria-describedby={denied ? noteId : undefined} tone={tone} disabled={disabled} onSelect={onSelect}>
      <span className="flex flex-col">
        {text}
        {denied && <ScopeNote scope={scope} id={noteId} short />}
      </span>
    </DropdownMenuItem>
  )
}
