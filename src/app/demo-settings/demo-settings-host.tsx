import { LazyBoundary, lazyWithRetry } from '../../components/ui/lazy-boundary'
import type { DemoControls } from '../start-mode'

// Loaded on first use, off the first screen; the connected-only build has no demo, so no chunk either.
const DemoSettingsDialog =
  import.meta.env.VITE_ENABLE_DEMO === 'false' ? null : lazyWithRetry(() => import('./demo-settings-dialog'), (m) => m.DemoSettingsDialog)

/** The Demo settings dialog (which server the demo plays and how many keys it holds), opened from the header. */
export function DemoSettings({ demo, onClose }: { demo: DemoControls; onClose: () => void }) {
  if (DemoSettingsDialog === null) return null
  return (
    <LazyBoundary what="the demo settings" onDismiss={onClose}>
      <DemoSettingsDialog demo={demo} onClose={onClose} />
    </LazyBoundary>
  )
}
