export interface ToastAction {
  label: string
  onClick: () => void
}

export interface Toast {
  id: number
  tone: 'success' | 'error' | 'info'
  title: string
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

function show(tone: Toast['tone'], title: string, options: Omit<Toast, 'id' | 'tone' | 'title'> = {}): number {
  const id = nextId++
  // At most five on screen: the oldest go first.
  emit([...toasts, { id, tone, title, ...options }].slice(-5))
  return id
}

/** Success and info toasts leave on their own; errors stay until dismissed. */
export const toast = {
  success: (title: string, options?: Omit<Toast, 'id' | 'tone' | 'title'>) => show('success', title, options),
  info: (title: string, options?: Omit<Toast, 'id' | 'tone' | 'title'>) => show('info', title, options),
  error: (title: string, options?: Omit<Toast, 'id' | 'tone' | 'title'>) => show('error', title, options),
}
