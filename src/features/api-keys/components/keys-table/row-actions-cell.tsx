import type { ApiKey } from '../../../../api/api-key-schema'
import { Button } from '../../../../components/ui/button'
import { Icon } from '../../../../components/ui/icon'
import { DeferredMenu } from '../../../../components/ui/deferred-menu'
import { lazyWithRetry } from '../../../../components/ui/lazy-boundary'
import { keyDisplayName, type KeyAction } from '../../model/key-actions'

export const loadRowActionsMenu = () => import('./row-actions-menu')
const RowActionsMenu = lazyWithRetry(() => loadRowActionsMenu(), (m) => m.RowActionsMenu)
/** Settles once the menu is loaded, so a test's first press need not wait on a suspended render. */
export const preloadRowActionsMenu = RowActionsMenu.preload

/** What a row's menu can ask for: a lifecycle action, or a rotation. */
export type RowAction = KeyAction | 'rotate'

export function rowActionsLabel(apiKey: ApiKey): string {
  return `Actions for ${keyDisplayName(apiKey)}`
}

/** The row's menu button; the menu itself loads on first use. */
export function RowActionsCell({ apiKey, onAction }: { apiKey: ApiKey; onAction: (action: RowAction, key: ApiKey) => void }) {
  return (
    <DeferredMenu what={`the actions for ${keyDisplayName(apiKey)}`} menu={<RowActionsMenu apiKey={apiKey} onAction={onAction} defaultOpen />}>
      <Button variant="ghost" size="icon" aria-label={rowActionsLabel(apiKey)}>
        <Icon name="ellipsis" className="size-4" />
      </Button>
    </DeferredMenu>
  )
}
