import type { BulkPreview } from '../../model/bulk-preview'
import { previewSentence } from '../../model/bulk-preview'

/** What a bulk action over a whole view will do, in counts: hundreds of rows would say less. */
export function BulkSummary({ preview }: { preview: BulkPreview }) {
  return (
    <div role="group" aria-label="What will happen" className="space-y-1 rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-800">
      <p className="font-medium">{previewSentence(preview)}.</p>
      {preview.skipped.length > 0 && <p className="text-xs text-zinc-600 dark:text-zinc-400">Skipped keys are left as they are: their status does not allow this action.</p>}
      {preview.willChange.length === 0 && <p className="text-xs text-zinc-600 dark:text-zinc-400">There is nothing to do.</p>}
    </div>
  )
}
