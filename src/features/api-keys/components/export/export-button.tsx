import { Icon } from '../../../../components/ui/icon'
import { useEffect, useState } from 'react'
import { Button, type ButtonProps } from '../../../../components/ui/button'
import { LazyBoundary, lazyWithRetry } from '../../../../components/ui/lazy-boundary'
import type { ListView } from '../../model/list-view'
import { EXPORT_REQUEST } from './export-request'

export const loadExportDialog = () => import('./export-dialog')
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
}

/** Exports every key of a view as CSV or JSON, from a dialog that loads on first use. Self-contained: put one anywhere. */
export function ExportButton({ view, count = null, label = 'Export', ariaLabel, variant = 'secondary', size = 'sm', className, answersRequests = false }: ExportButtonProps) {
  const [open, setOpen] = useState(false)
  // Each opening mounts a fresh dialog: no state or run is carried over from the last one.
  const [opening, setOpening] = useState(0)
  const openDialog = () => {
    setOpening((n) => n + 1)
    setOpen(true)
  }
  useEffect(() => {
    if (!answersRequests) return
    const onRequest = () => {
      setOpening((n) => n + 1)
      setOpen(true)
    }
    window.addEventListener(EXPORT_REQUEST, onRequest)
    return () => window.removeEventListener(EXPORT_REQUEST, onRequest)
  }, [answersRequests])
  return (
    <>
      <Button
        variant={variant}
        size={size}
        className={className}
        aria-label={ariaLabel}
        aria-haspopup="dialog"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={openDialog}
      >
        <Icon name="download" className="size-4" />
        {label}
      </Button>
      {opening > 0 && (
        <LazyBoundary
          what="the export"
          onDismiss={() => {
            setOpen(false)
            setOpening(0)
          }}
        >
          <ExportDialog key={opening} open={open} onOpenChange={setOpen} view={view} count={count} />
        </LazyBoundary>
      )}
    </>
  )
}
