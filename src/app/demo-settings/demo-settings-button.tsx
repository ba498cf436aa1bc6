import { Icon } from '../../components/ui/icon'
import { useState } from 'react'
import { Button } from '../../components/ui/button'
import { LazyBoundary, lazyWithRetry } from '../../components/ui/lazy-boundary'
import type { DemoControls } from '../start-mode'

// Loaded on first use, off the first screen; the connected-only build has no demo, so no chunk either.
const DemoSettingsDialog =
  import.meta.env.VITE_ENABLE_DEMO === 'false' ? null : lazyWithRetry(() => import('./demo-settings-dialog'), (m) => m.DemoSettingsDialog)

/** The header's "Demo settings": which server the demo plays and how many keys it holds. */
export function DemoSettingsButton({ demo }: { demo: DemoControls }) {
  const [open, setOpen] = useState(false)
  if (DemoSettingsDialog === null) return null
  const close = () => setOpen(false)
  return (
    <>
      <Button size="sm" variant="ghost" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Icon name="sliders-horizontal" className="size-4" />
        Demo settings
      </Button>
      {open && (
        <LazyBoundary what="the demo settings" onDismiss={close}>
          <DemoSettingsDialog demo={demo} onClose={close} />
        </LazyBoundary>
      )}
    </>
  )
}
