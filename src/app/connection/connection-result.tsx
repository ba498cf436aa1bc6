import { Icon } from '../../components/ui/icon'
import type { ConnectionCheck } from './test-connection'

/** The connection test's answer, in plain words, announced when it arrives. */
export function ConnectionResult({ id, check }: { id?: string; check: ConnectionCheck | null }) {
  return (
    <div id={id} role="status" aria-live="polite">
      {check && (
        <div
          className={`flex items-start gap-2 rounded-md border p-3 text-sm ${check.ok ? 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100' : 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100'}`}
        >
          {check.ok ? <Icon name="circle-check" className="mt-0.5 size-4 shrink-0" /> : <Icon name="circle-alert" className="mt-0.5 size-4 shrink-0" />}
          <div>
            <p className="font-medium">{check.message}</p>
            {!check.ok && check.hint && <p>{check.hint}</p>}
          </div>
        </div>
      )}
    </div>
  )
}
