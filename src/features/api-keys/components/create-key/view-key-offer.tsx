import type { ToastStore } from '../../../../components/ui/toast-store'
import { isChange } from '../../api/key-state'
import { observeKey, type KeyWatchServices } from '../../api/observe-key'
import { KEY_MOVED_ON } from '../../model/labels'

/** The new key as its toast knows it: never its secret. */
export interface NewKey {
  id: string
  name: string
}

/**
 * Once the new key is gone (deleted, the demo's keys reset, another server), its toast's View key
 * says so beside the button, disabled, rather than opening a page that says "Key not found". A
 * change of its status leaves the button be: the key's page shows that.
 */
export function disableViewKeyWhenGone(services: KeyWatchServices & { toasts: ToastStore }, toastId: number, key: NewKey): void {
  const { toasts } = services
  // Its status is no matter here (a change of it is let be), so it is not asked for.
  const stop = observeKey(services, { id: key.id, status: 'ACTIVE', updateTime: null }, (verdict) => {
    if (!isChange(verdict) || verdict.kind === 'changed') return
    stop()
    toasts.setActionReason(
      toastId,
      <>
        <bdi>{key.name}</bdi> {KEY_MOVED_ON[verdict.kind]}
      </>,
    )
  })
  toasts.whenGone(toastId, stop)
}
