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
        {canRotate(apiKey) && (
          <DropdownMenuItem aria-label={`Rotate ${name}`} onSelect={() => onAction('rotate', apiKey)}>
            Rotate…
          </DropdownMenuItem>
        )}
        <DropdownMenuItem aria-label={`Create similar to ${name}`} onSelect={() => openCreate(triggerRef.current, apiKey)}>
          Create similar…
        </DropdownMenuItem>
        <DropdownMenuItem aria-label={`Copy ID of ${name}`} onSelect={() => void copyWithToast(toasts, apiKey.id, { copied: 'ID copied', failed: 'Could not copy the ID' })}>
          Copy ID
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        {actions.map((action) => (
          <ActionItem key={action} action={action} name={name} onSelect={() => onAction(action, apiKey)} />
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  )
}

function ActionItem({ action, name, onSelect }: { action: KeyAction; name: string; onSelect: () => void }) {
  const { verb } = ACTION_LABELS[action]
  const noteId = useId()
  const scope = requiredScope(action)
  const denied = useScopeDenied(scope)
  return (
    <DropdownMenuItem aria-label={`${verb} ${name}`} aria-describedby={denied ? noteId : undefined} tone={TERMINAL_ACTIONS.has(action) ? 'danger' : undefined} onSelect={onSelect}>
      <span className="flex flex-col">
        {/* An ellipsis where a confirmation follows: every action but reactivating one key. */}
        {action === 'reactivate' ? verb : `${verb}…`}
        {denied && <ScopeNote scope={scope} id={noteId} short />}
      </span>
    </DropdownMenuItem>
  )
}
