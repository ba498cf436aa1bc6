import { Icon } from '../../../../components/ui/icon'
import { useEffect, useEffectEvent, useId, useState } from 'react'
import { useToasts } from '../../../../components/ui/toast-store'
import { Button, type ButtonProps } from '../../../../components/ui/button'
import { LazyBoundary, lazyWithRetry } from '../../../../components/ui/lazy-boundary'
import type { ApiKey } from '../../../../api/api-key-schema'
import type { ListView } from '../../model/list-view'
import { EXPORT_REQUEST } from './export-request'

export const loadExportDialog = () => import('./export-dialog')
const NOTHING_TO_EXPORT = 'This view has no keys to export.'
// The dialog, the file formats and the read load on first use: none of it is on the first screen.
const ExportDialog = lazyWithRetry(() => loadExportDialog(), (m) => m.ExportDialog)
const preload = () => void loadExportDialog().catch(() => undefined)

export interface ExportButtonProps {
  /** The view whose keys, all of them, the export holds. */
  view: ListView
  /** How many keys the view holds, when known: the dialog says it. */
  count?: number | null
  /** The button's text: "Export" by default; "Export these keys" under an audit figure. */
  label?: string
  /** Its accessible name when the text alone would not say which keys, e.g. among several figures. */
  ariaLabel?: string
  variant?: ButtonProps['variant']
  size?: ButtonProps['size']
  className?: string
  /** Opens on the command palette's "Export this view" too (the keys page's own button). */
  answersRequests?: boolean
  /** Keys ticked on the page: the dialog offers them on their own. */
  selection?: readonly ApiKey[]
}

/** Exports every key of a view as CSV or JSON, from a dialog that loads on first use. Self-contained: put one anywhere. */
export function ExportButton({ view, count = null, label = 'Export', ariaLabel, variant = 'secondary', size = 'sm', className, answersRequests = false, selection }: ExportButtonProps) {
  const [open, setOpen] = useState(false)
  // Each opening mounts a fresh dialog: no state or run is carried over from the last one.
  const [opening, setOpening] = useState(0)
  const toasts = useToasts()
  const emptyId = useId()
  // A view known to hold no key has nothing to export: unavailable (still focusable, saying why), not a file of headers.
  const empty = count === 0
  const openDialog = () => {
    if (empty) return void toasts.info(NOTHING_TO_EXPORT)
    setOpening((n) => n + 1)
    setOpen(true)
  }
  // The palette's "Export this view" asks as the button would, with what the view holds now.
  const onRequest = useEffectEvent(openDialog)
  useEffect(() => {
    if (!answersRequests) return
    const listener = () => onRequest()
    window.addEventListener(EXPORT_REQUEST, listener)
    return () => window.removeEventListener(EXPORT_REQUEST, listener)
  }, [answersRequests])
  return (
    <>
      <Button
        variant={variant}
        size={size}
        className={className}
        aria-label={ariaLabel}
        aria-haspopup={empty ? undefined : 'dialog'}
        aria-disabled={empty || undefined}
        aria-describedby={empty ? emptyId : undefined}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={openDialog}
      >
        <Icon name="download" className="size-4" />
        {label}
      </Button>
      {empty && (
        <span id={emptyId} className="sr-only">
          {NOTHING_TO_EXPORT}
        </span>
      )}
      {opening > 0 && (
        <LazyBoundary
          what="the export"
          onDismiss={() => {
            setOpen(false)
            setOpening(0)
          }}
        >
          <ExportDialog key={opening} open={open} onOpenChange={setOpen} view={view} count={count} selection={selection} />
        </LazyBoundary>
      )}
    </>
  )
}
