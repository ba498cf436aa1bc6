import { useEffect, useState } from 'react'
import { useToasts, type ToastStore } from '../components/ui/toast-store'

export type CopyState = 'idle' | 'copied' | 'failed'

/** Writes text to the clipboard: false when it is missing (an insecure origin) or refused (a policy, a denied prompt). */
export async function writeToClipboard(text: string): Promise<boolean> {
  try {
    // Typed as always there, but absent outside secure contexts.
    if (typeof navigator.clipboard?.writeText !== 'function') return false
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/** Copies a value and says so in the toasts' live region; when refused, says how to copy it by hand instead of pretending. */
export async function copyWithToast(toasts: ToastStore, value: string, titles: { copied: string; failed: string }): Promise<boolean> {
  const copied = await writeToClipboard(value)
  if (copied) toasts.success(titles.copied, { description: value })
  else toasts.error(titles.failed, { description: `Select it and copy it instead: ${value}` })
  return copied
}

export interface CopyOptions {
  /** How long "copied" shows before going back to idle, so a second copy is announced again. */
  resetAfterMs: number
  /** Announce the result in a toast (never for a secret: a toast repeats the value). */
  toast?: { copied: string; failed: string }
  /** What to do when the clipboard is refused, e.g. select the text for a manual copy. */
  onFailure?: () => void
}

/** The copy action for a button, with its inline state: idle, copied (for a while) or failed (until the next try). */
export function useCopyToClipboard({ resetAfterMs, toast: titles, onFailure }: CopyOptions) {
  const [state, setState] = useState<CopyState>('idle')
  const toasts = useToasts()

  useEffect(() => {
    if (state !== 'copied') return
    const timer = window.setTimeout(() => setState('idle'), resetAfterMs)
    return () => window.clearTimeout(timer)
  }, [state, resetAfterMs])

  async function copy(value: string): Promise<boolean> {
    const copied = titles ? await copyWithToast(toasts, value, titles) : await writeToClipboard(value)
    if (!copied) onFailure?.()
    setState(copied ? 'copied' : 'failed')
    return copied
  }

  return { state, copy }
}
