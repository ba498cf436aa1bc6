// The keys page's Export button listens here, so the command palette can open the same dialog.
const listeners = new Set<() => void>()

/** Asks the Export button of the page on screen to open its dialog; false when there is none. */
export function requestExport(): boolean {
  for (const listener of listeners) listener()
  return listeners.size > 0
}

export function onExportRequest(listener: () => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
