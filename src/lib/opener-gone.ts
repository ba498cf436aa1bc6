/**
 * Dispatched on `document` when a dialog closes and the control that opened it is gone (its row
 * deleted while the dialog waited for the server): whoever knows what took its place moves the focus there.
 */
export const OPENER_GONE = 'coval:opener-gone'
