import { lazy } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { Button } from '../../../../components/ui/button'
import { RowIcon } from '../../../../components/ui/row-icon'
import { DeferredMenu } from '../../../../components/ui/deferred-menu'
import { keyDisplayName, type KeyAction } from '../../model/key-actions'

export const loadRowActionsMenu = () => import('./row-actions-menu')
const RowActionsMenu = lazy(() => loadRowActionsMenu().then((m) => ({ default: m.RowActionsMenu })))

export function rowActionsLabel(apiKey: ApiKey): string {
  return `Actions for ${keyDisplayName(apiKey)}`
}

/** The row's menu button; the menu itself loads on first use. */
export function RowActionsCell({ apiKey, onAction }: { apiKey: ApiKey; onAction: (action: KeyAction, key: ApiKey) => void }) {
  return (
    <DeferredMenu menu={<RowActionsMenu apiKey={apiKey} onAction={onAction} defaultOpen />}>
      <Button variant="ghost" size="icon" aria-label={rowActionsLabel(apiKey)}>
        <RowIcon name="ellipsis" />
      </Button>
    </DeferredMenu>
  )
}
