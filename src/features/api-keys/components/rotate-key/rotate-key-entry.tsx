import { LazyBoundary, lazyWithRetry } from '../../../../components/ui/lazy-boundary'
import type { RotateKeyDialogProps } from './rotate-key-dialog'

export const loadRotateKeyDialog = () => import('./rotate-key-dialog')
// The rotation's steps load on first use (or when preloaded), off the first screen.
const RotateKeyDialog = lazyWithRetry(() => loadRotateKeyDialog(), (m) => m.RotateKeyDialog)

/** The rotate dialog, loaded on demand; a failed load says so, with Retry. Render it while a rotation is asked for. */
export function LazyRotateKeyDialog(props: RotateKeyDialogProps) {
  return (
    <LazyBoundary what="the rotation" onDismiss={props.onClose}>
      <RotateKeyDialog {...props} />
    </LazyBoundary>
  )
}
