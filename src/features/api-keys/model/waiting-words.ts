import { waitingVerb } from './key-actions'

// A change made offline waits for the connection (api/waiting-changes.ts). Until the server has it,
// the key's other lifecycle actions wait too: sent after it, a suspend meant to soften a waiting
// revoke would arrive at a revoked key, and a rotation would promise an old key that keeps working.

/** Under a key's actions while a change to it waits: what waits, and why the others do. */
export function waitingNote(target: string): string {
  return `${waitingVerb(target)} is not sent yet: it waits for the connection. This key’s other changes wait until the server has it.`
}
