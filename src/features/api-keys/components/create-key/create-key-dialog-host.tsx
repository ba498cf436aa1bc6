import type { ApiKey } from '../../../../api/api-key-schema'
import { lazyPart } from '../../../../components/ui/lazy-boundary'

// The form, its validation and the secret step load on first use, off the first screen.
const CreateApiKeyDialog = lazyPart(() => import('./create-api-key-dialog'), (m) => m.CreateApiKeyDialog, 'the create-key form', { dismiss: (props) => props.onClosed })
/** Loads the dialog ahead (once the rows are up, or a pointer or focus reaches a Create button): its first opening then shows it at once. */
export const loadCreateApiKeyDialog = CreateApiKeyDialog.preload
export const isCreateApiKeyDialogLoaded = CreateApiKeyDialog.isLoaded

/** The last opening: kept (closed) after it closes, so the dialog's own close and focus return run. */
export interface CreateRequest {
  open: boolean
  opener: HTMLElement | null
  /** Create similar: the key whose settings the form starts from. */
  similarTo: ApiKey | null
  /** What was typed while the dialog's code loaded: it goes into Name. */
  typed?: string
}

/** CSS selector of the buttons that open this dialog (see CreateApiKeyButton). */
export const CREATE_KEY_OPENER = '[data-opens="create-key"]'

/** The opener while it is on the page; else (the empty state's button left with the first key) the page's first Create button, else the main region. */
function focusTarget(opener: HTMLElement | null): HTMLElement | null {
  if (opener?.isConnected && opener !== document.body) return opener
  return document.querySelector<HTMLElement>(CREATE_KEY_OPENER) ?? document.getElementById('main')
}

export function CreateKeyDialogHost({ request, onClosed }: { request: CreateRequest; onClosed: () => void }) {
  // Closed before its code ever loaded (it failed): unmounted, so the next opening loads again.
  if (!request.open && !CreateApiKeyDialog.isLoaded()) return null
  return <CreateApiKeyDialog open={request.open} similarTo={request.similarTo} typed={request.typed} onClosed={onClosed} returnFocus={() => focusTarget(request.opener)?.focus({ preventScroll: true })} />
}
