// The keys page's Export button listens for this window event, so the command palette can open the same dialog.
export const EXPORT_REQUEST = 'coval:export-view'

/** Asks the Export button of the keys page on screen to open its dialog. */
export function requestExport(): void {
  window.dispatchEvent(new Event(EXPORT_REQUEST))
}
