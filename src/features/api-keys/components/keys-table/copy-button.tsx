import { useEffect, useState } from 'react'
import { RowIcon } from '../../../../components/ui/row-icon'
import { toast } from '../../../../components/ui/toast-store'

/** Copies a value and says so, with a check mark and in the toasts' live region (one for the page, not one per row). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = window.setTimeout(() => setState('idle'), 1500)
    return () => window.clearTimeout(timer)
  }, [state])
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setState('copied')
      toast.success('Copied', { description: value })
    } catch {
      // Refused, or no clipboard at all (an insecure origin): say so rather than pretend.
      setState('failed')
      toast.error('Could not copy', { description: `Select it and copy it instead: ${value}` })
    }
  }
  return (
    <button
      type="button"
      onClick={() => void copy()}
      aria-label={label}
      className="inline-flex size-6 items-center justify-center rounded text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
    >
      <RowIcon name={state === 'copied' ? 'check' : 'copy'} className={state === 'copied' ? 'size-3.5 text-emerald-600' : 'size-3.5'} />
    </button>
  )
}
