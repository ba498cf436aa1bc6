import { useEffect, useState } from 'react'
import { RowIcon } from '../../../../components/ui/row-icon'
import { copyWithToast } from './copy-with-toast'

/** Copies a value and says so, with a check mark and in the toasts' live region (one for the page, not one per row). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    if (!copied) return
    const timer = window.setTimeout(() => setCopied(false), 1500)
    return () => window.clearTimeout(timer)
  }, [copied])
  return (
    <button
      type="button"
      onClick={() => void copyWithToast(value, { copied: 'Copied', failed: 'Could not copy' }).then(setCopied)}
      aria-label={label}
      className="inline-flex size-6 items-center justify-center rounded text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
    >
      <RowIcon name={copied ? 'check' : 'copy'} className={copied ? 'size-3.5 text-emerald-600' : 'size-3.5'} />
    </button>
  )
}
