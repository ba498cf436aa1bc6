import { useEffect, useState, type RefObject } from 'react'

export type CopyState = 'idle' | 'copied' | 'manual'

const COPIED_FOR_MS = 2500

/**
 * Copies the secret. When the clipboard is missing (an insecure origin) or refused (a permission
 * policy, a denied prompt), it selects the field so the user can copy it by hand.
 */
export function useCopySecret(secret: string, field: RefObject<HTMLTextAreaElement | null>) {
  const [state, setState] = useState<CopyState>('idle')

  // "Copied" fades back so a second copy is announced again.
  useEffect(() => {
    if (state !== 'copied') return
    const timer = window.setTimeout(() => setState('idle'), COPIED_FOR_MS)
    return () => window.clearTimeout(timer)
  }, [state])

  async function copy() {
    try {
      // Typed as always there, but absent outside secure contexts.
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('No clipboard')
      await navigator.clipboard.writeText(secret)
      setState('copied')
    } catch {
      field.current?.focus()
      field.current?.select()
      setState('manual')
    }
  }

  return { state, copy }
}

/** The shortcut for copying on this platform. */
export function copyShortcut(): string {
  const platform = navigator.platform || navigator.userAgent
  return /Mac|iPhone|iPad/.test(platform) ? '⌘C' : 'Ctrl+C'
}
