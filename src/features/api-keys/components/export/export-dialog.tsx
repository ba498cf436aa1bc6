import { Icon } from '../../../../components/ui/icon'
import { useEffect, useRef, useState } from 'react'
import { Button } from '../../../../components/ui/button'
import { Dialog, DialogBody, DialogContent, DialogFooter } from '../../../../components/ui/dialog'
import { useExportView } from '../../api/use-export-view'
import type { ExportFormat } from '../../model/export-format'
import { exportTitle } from '../../model/export-view-label'
import type { ListView } from '../../model/list-view'
import { ExportDone, ExportFailed, ExportProgress, FormatChoice, ScopeChoice, type ExportScope } from './export-steps'
import type { ApiKey } from '../../../../api/api-key-schema'
import { formatCount } from '../../../../lib/intl'

export interface ExportDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  view: ListView
  count: number | null
  /** Keys ticked on the page: offered on their own, and chosen at first (the view's every key a click away). */
  selection?: readonly ApiKey[] | undefined
}

const COLUMNS = 'id, name, description, type, environment, status, permissions, masked key, and created, updated and last-used times (UTC).'
const DESCRIPTION = `Every key the view matches, from all pages: ${COLUMNS}`
const SELECTED_DESCRIPTION = `The keys selected on this page, or every key the view matches: ${COLUMNS}`

/** Choose a format, read every key of the view with progress, save one file: never part of one. */
export function ExportDialog({ open, onOpenChange, view, count, selection = [] }: ExportDialogProps) {
  const run = useExportView(view)
  const { state } = run
  const [format, setFormat] = useState<ExportFormat>('csv')
  // With keys ticked, they are what an export most likely wants (Stripe's and Unkey's follow the selection).
  const [scope, setScope] = useState<ExportScope>(selection.length > 0 ? 'selected' : 'view')
  const selected = scope === 'selected' && selection.length > 0
  // The step's main button takes focus, so the keyboard is never left on a button that went away.
  const action = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (state.kind !== 'idle') action.current?.focus()
  }, [state.kind])

  // Closing stops a read under way: nothing is saved after the dialog has gone.
  const close = () => {
    run.cancel()
    onOpenChange(false)
  }
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? onOpenChange(true) : close())}>
      <DialogContent
        title={selected ? (selection.length === 1 ? 'Export 1 selected key' : `Export ${formatCount(selection.length)} selected keys`) : exportTitle(view, count)}
        description={selection.length > 0 ? SELECTED_DESCRIPTION : DESCRIPTION}
        closeLabel="Close"
      >
        <DialogBody className="space-y-3">
          {(state.kind === 'idle' || state.kind === 'cancelled') && selection.length > 0 && <ScopeChoice value={scope} onChange={setScope} selected={selection.length} total={count} />}
          {(state.kind === 'idle' || state.kind === 'cancelled') && <FormatChoice value={format} onChange={setFormat} />}
          {state.kind === 'reading' && <ExportProgress read={state.read} expected={state.expected} />}
          {state.kind === 'done' && <ExportDone count={state.count} fileName={state.fileName} />}
          {state.kind === 'failed' && <ExportFailed read={state.read} expected={state.expected} error={state.error} />}
        </DialogBody>
        <DialogFooter>
          {state.kind === 'reading' ? (
            <Button ref={action} onClick={close}>
              Cancel
            </Button>
          ) : state.kind === 'done' ? (
            <Button ref={action} variant="primary" onClick={close}>
              Close
            </Button>
          ) : state.kind === 'failed' ? (
            <>
              <Button onClick={close}>Close</Button>
              <Button ref={action} variant="primary" onClick={run.retry}>
                <Icon name="rotate-ccw" className="size-4" />
                Retry
              </Button>
            </>
          ) : (
            <>
              <Button onClick={close}>Cancel</Button>
              <Button variant="primary" onClick={() => run.start(format, selected ? selection : undefined)}>
                <Icon name="download" className="size-4" />
                Export
              </Button>
            </>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}
