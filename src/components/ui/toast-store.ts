import { createContext, use, type ReactNode } from 'react'

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

/** The label of an action that takes back what was just done: the z shortcut runs the newest one. */
export const UNDO = 'Undo'

type Listener = () => void
type ToastOptions = Omit<Toast, 'id' | 'tone' | 'title'>

/** One app's toasts (created per App in src/app/app-services.ts, reached with useToasts). */
export interface ToastStore {
  subscribe: (listener: Listener) => () => void
  get: () => readonly Toast[]
  dismiss: (id: number) => void
  /** Sets why a toast's action cannot act, yet (a wait) or any more (an Undo whose key moved on), replacing any reason; undefined makes it usable again. */
  setActionReason: (id: number, reason: ReactNode | undefined) => void
  /** Calls `callback` once, when the toast has left (dismissed, used, timed out or pushed out); returns the unsubscribe. */
  whenGone: (id: number, callback: () => void) => () => void
  /**
   * Runs the newest Undo still usable (the z shortcut) and takes its toast away, as its button
   * would. Without one: why the newest Undo on screen cannot act (a wait, a key moved on), or null.
   */
  undoNewest: () => { undone: true } | { undone: false; unavailable: ReactNode | null }
  /** Success and info toasts leave on their own, unless they offer an action still usable; errors stay until dismissed. */
  success: (title: ReactNode, options?: ToastOptions) => number
  info: (title: ReactNode, options?: ToastOptions) => number
  error: (title: ReactNode, options?: ToastOptions) => number
}

export function createToastStore(): ToastStore {
  let toasts: readonly Toast[] = []
  let nextId = 1
  const listeners = new Set<Listener>()
  const emit = (next: readonly Toast[]) => {
    toasts = next
    for (const listener of listeners) listener()
  }
  const subscribe = (listener: Listener) => {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }
  const show = (tone: Toast['tone'], title: ReactNode, options: ToastOptions = {}): number => {
    const id = nextId++
    // At most five on screen: the oldest go first.
    emit([...toasts, { id, tone, title, ...options }].slice(-5))
    return id
  }
  return {
    subscribe,
    get: () => toasts,
    dismiss: (id) => emit(toasts.filter((t) => t.id !== id)),
    setActionReason: (id, reason) => {
      if (!toasts.some((t) => t.id === id && t.action)) return
      emit(toasts.map((t) => (t.id === id && t.action ? { ...t, action: { label: t.action.label, onClick: t.action.onClick, ...(reason !== undefined && { disabledReason: reason }) } } : t)))
    },
    whenGone: (id, callback) => {
      const check = () => {
        if (toasts.some((t) => t.id === id)) return
        unsubscribe()
        callback()
      }
      const unsubscribe = subscribe(check)
      check()
      return unsubscribe
    },
    undoNewest: () => {
      const newest = toasts.findLast((t) => t.action?.label === UNDO && t.action.disabledReason === undefined)
      if (!newest?.action) return { undone: false, unavailable: toasts.findLast((t) => t.action?.label === UNDO)?.action?.disabledReason ?? null }
      newest.action.onClick()
      emit(toasts.filter((t) => t.id !== newest.id))
      return { undone: true }
    },
    success: (title, options) => show('success', title, options),
    info: (title, options) => show('info', title, options),
    error: (title, options) => show('error', title, options),
  }
}

export const ToastStoreContext = createContext<ToastStore | null>(null)

/** The app's toasts; a component outside the app's providers is a bug, so this throws. */
export function useToasts(): ToastStore {
  const store = use(ToastStoreContext)
  if (!store) throw new Error('useToasts outside AppServicesProvider')
  return store
}
