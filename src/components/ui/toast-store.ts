import type { ReactNode } from 'react'

export interface ToastAction {
  label: string
  onClick: () => void
  /** Set once the action can no longer act: the button stays, disabled, with this reason beside it. */
  disabledReason?: ReactNode
}

export interface Toast {
  id: number
  tone: 'success' | 'error' | 'info'
  title: ReactNode
  description?: string
  action?: ToastAction
}

type Listener = () => void
let toasts: readonly Toast[] = []
let nextId = 1
const listeners = new Set<Listener>()

function emit(next: readonly Toast[]) {
  toasts = next
  for (const listener of listeners) listener()
}

export function subscribeToasts(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function getToasts(): readonly Toast[] {
  return toasts
}

export function dismissToast(id: number): void {
  emit(toasts.filter((t) => t.id !== id))
}

/** Disables a toast's action (an Undo whose subject moved on), saying why; nothing if it has gone. */
export function disableToastAction(id: number, reason: ReactNode): void {
  if (!toasts.some((t) => t.id === id && t.action && t.action.disabledReason === undefined)) return
  emit(toasts.map((t) => (t.id === id && t.action ? { ...t, action: { ...t.action, disabledReason: reason } } : t)))
}

/** Calls `callback` once, when the toast has left (dismissed, used, timed out or pushed out); returns the unsubscribe. */
export function whenToastGone(id: number, callback: () => void): () => void {
  const check = () => {
    if (toasts.some((t) => t.id === id)) return
    unsubscribe()
    callback()
  }
  const unsubscribe = subscribeToasts(check)
  check()
  return unsubscribe
}

function show(tone: Toast['tone'], title: ReactNode, options: Omit<Toast, 'id' | 'tone' | 'title'> = {}): number {
  const id = nextId++
  // At most five on screen: the oldest go first.
  emit([...toasts, { id, tone, title, ...options }].slice(-5))
  return id
}

/** Success and info toasts leave on their own, unless they offer an action still usable; errors stay until dismissed. */
export const toast = {
  success: (title: ReactNode, options?: Omit<Toast, 'id' | 'tone' | 'title'>) => show('success', title, options),
  info: (title: ReactNode, options?: Omit<Toast, 'id' | 'tone' | 'title'>) => show('info', title, options),
  error: (title: ReactNode, options?: Omit<Toast, 'id' | 'tone' | 'title'>) => show('error', title, options),
}
