import type { ApiConfig } from '../../../../api/http-client'
import type { ActionRequest } from './action-dialog'

/**
 * A confirmed change to one key that the server refused with a 401. The app then drops the key and
 * asks for it again, and the page goes, its dialog with it: what was typed is held here, and the
 * confirmation opens again with it once the same server is connected again.
 */
export interface HeldConfirmation {
  request: ActionRequest
  reason: string
  typed: string
  baseUrl: string
}

let held: HeldConfirmation | null = null

export function holdConfirmation(confirmation: HeldConfirmation): void {
  held = confirmation
}

/**
 * The held confirmation, when connected again to its server. Not connected yet (no key): kept for
 * when it is. Another server, or the demo: dropped, as its key is not that server's.
 */
export function heldConfirmation({ baseUrl, apiKey }: Pick<ApiConfig, 'baseUrl' | 'apiKey'>): HeldConfirmation | null {
  if (held === null || apiKey === null) return null
  if (held.baseUrl !== baseUrl) held = null
  return held
}

/** Shown again: it is not shown a second time. */
export function releaseHeldConfirmation(confirmation: HeldConfirmation): void {
  if (held === confirmation) held = null
}
