import { useState } from 'react'
import { Icon } from '../../../../components/ui/icon'
import { useCopyToClipboard } from '../../../../hooks/use-copy-to-clipboard'

/**
 * Copies a value and says so, with a check mark and in the toasts' live region (one for the page, not one per row).
 * The check is for the value copied: a row drawn by position can show another key's ID a moment later.
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { state, copy } = useCopyToClipboard({ resetAfterMs: 1500, toast: { copied: 'Copied', failed: 'Could not copy' } })
  const [copiedValue, setCopiedValue] = useState<string | null>(null)
  const copied = state === 'copied' && copiedValue === value
  return (
    <button
      type="button"
      onClick={() => {
        setCopiedValue(value)
        void copy(value)
      }}
      aria-label={label}
      // 24 px drawn; to a finger 40 px (an invisible edge around it), as the select boxes are.
      className="relative inline-flex size-6 items-center justify-center rounded text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 pointer-coarse:before:absolute pointer-coarse:before:-inset-2 pointer-coarse:before:content-[''] dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
    >
      <Icon name={copied ? 'check' : 'copy'} className={copied ? 'size-3.5 text-emerald-600' : 'size-3.5'} />
    </button>
  )
}
