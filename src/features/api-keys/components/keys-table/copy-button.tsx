import { Check, Copy } from 'lucide-react'
import { useEffect, useState } from 'react'

/** Copies a value and says so; the confirmation is announced to screen readers too. */
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
    } catch {
      // Refused, or no clipboard at all (an insecure origin): say so rather than pretend.
      setState('failed')
    }
  }
  return (
    <>
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={label}
        className="inline-flex size-6 items-center justify-center rounded text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
      >
        {state === 'copied' ? <Check aria-hidden className="size-3.5 text-emerald-600" /> : <Copy aria-hidden className="size-3.5" />}
      </button>
      <span role="status" className="sr-only">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Could not copy: select the text and copy it instead' : ''}
      </span>
    </>
  )
}
