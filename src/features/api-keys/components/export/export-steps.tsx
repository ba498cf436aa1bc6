import { Icon } from '../../../../components/ui/icon'
import { describeApiError } from '../../../../api/api-error'
import { Field } from '../../../../components/ui/field'
import { RadioCards, type RadioCardOption } from '../../../../components/ui/radio-cards'
import type { ExportFormat } from '../../model/export-format'
import { RequestIdText } from '../../../../components/ui/request-id-text'
import { formatCount } from '../../../../lib/intl'
import { keysText } from '../../model/labels'
import { PROGRESS_SAY_EVERY_MS, useCalmText } from '../../../../hooks/use-calm-text'

const FORMATS: readonly RadioCardOption<ExportFormat>[] = [
  { value: 'csv', label: 'CSV', icon: <Icon name="file-spreadsheet" className="size-4" />, description: 'For spreadsheets: Excel, Numbers, Google Sheets.' },
  { value: 'json', label: 'JSON', icon: <Icon name="file-json" className="size-4" />, description: 'For scripts and other tools.' },
]

export function FormatChoice({ value, onChange }: { value: ExportFormat; onChange: (format: ExportFormat) => void }) {
  return (
    <Field label="Format" kind="group">
      {(control) => <RadioCards {...control} options={FORMATS} value={value} onValueChange={onChange} />}
    </Field>
  )
}

export type ExportScope = 'selected' | 'view'

/** With keys selected on the page: those alone, or every key the view matches (what the button says otherwise). */
export function ScopeChoice({ value, onChange, selected, total }: { value: ExportScope; onChange: (scope: ExportScope) => void; selected: number; total: number | null }) {
  const options: readonly RadioCardOption<ExportScope>[] = [
    { value: 'selected', label: selected === 1 ? 'The selected key' : `The ${formatCount(selected)} selected keys`, description: 'Those ticked on this page, as shown: saved at once.' },
    { value: 'view', label: total === null ? 'Every key of the view' : `Every key of the view (${formatCount(total)})`, description: 'From all pages, read afresh.' },
  ]
  return (
    <Field label="Keys" kind="group">
      {(control) => <RadioCards {...control} options={options} value={value} onValueChange={onChange} />}
    </Field>
  )
}

/** How far the read has got; `expected` is unknown until the server's first answer. */
export function ExportProgress({ read, expected }: { read: number; expected: number | null }) {
  const text = expected === null ? 'Reading keys…' : `Reading keys… ${formatCount(read)} of ${formatCount(expected)}`
  // Heard calmly (the total at once, then at most every few seconds), not at every page of keys.
  const said = useCalmText(text, expected === null ? 'starting' : 'counted', PROGRESS_SAY_EVERY_MS)
  return (
    <div className="space-y-2">
      <p aria-hidden className="flex items-center gap-2 text-sm tabular-nums">
        <Icon name="loader-circle" className="size-4 shrink-0 animate-spin motion-reduce:animate-none" />
        {text}
      </p>
      <p role="status" className="sr-only">
        {said}
      </p>
      {expected === null ? (
        <progress aria-label="Keys read" className="block h-1.5 w-full accent-indigo-600 dark:accent-indigo-400" />
      ) : (
        <progress value={read} max={Math.max(expected, 1)} aria-label="Keys read" className="block h-1.5 w-full accent-indigo-600 dark:accent-indigo-400" />
      )}
    </div>
  )
}

export function ExportDone({ count, fileName }: { count: number; fileName: string }) {
  return (
    <p role="status" className="flex items-start gap-2 text-sm">
      <Icon name="circle-check" className="mt-0.5 size-4 shrink-0 text-emerald-600 dark:text-emerald-400" />
      <span className="min-w-0 break-words">
        Downloaded <span className="font-medium">{fileName}</span> ({keysText(count)}).
      </span>
    </p>
  )
}

/** "Stopped after 300 of 1,240 keys: <message> (Request ID: …). No file was saved." */
export function failureText(read: number, expected: number | null, error: unknown): string {
  // With no count, after some keys (a read the server cut short by repeating rows), it says how many, not "before any".
  const where = expected !== null ? `Stopped after ${formatCount(read)} of ${keysText(expected)}` : read > 0 ? `Stopped after ${keysText(read)}` : 'Stopped before any keys were read'
  const why = describeApiError(error)
  return `${where}: ${why}${why.endsWith('.') ? '' : '.'} No file was saved.`
}

export function ExportFailed({ read, expected, error }: { read: number; expected: number | null; error: unknown }) {
  return (
    <p role="alert" className="flex items-start gap-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <Icon name="circle-alert" className="mt-0.5 size-4 shrink-0" />
      <span className="min-w-0 break-words">
        <RequestIdText text={failureText(read, expected, error)} />
      </span>
    </p>
  )
}
