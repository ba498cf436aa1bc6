import type { ApiKey } from '../../../../api/api-key-schema'
import { formatRelative } from '../../model/format-time'
import { ACTION_LABELS, confirmationPhrase, keyDisplayName, type KeyAction } from '../../model/key-actions'
import { ENVIRONMENT_LABELS, labelOf } from '../../model/labels'
import { isInUse, lastUseOf, refusesRequests, STOPPING_ACTIONS } from '../../model/last-use'
import { formatCount } from '../../../../lib/intl'

export interface ActionCopy {
  title: string
  description: string
  /** Said after "In use:" when the action would stop keys that clients used in the last 24 hours. */
  inUseWarning: string | null
  confirmLabel: string
  /** The confirm button while the server answers. */
  pendingLabel: string
  /** What must be typed for revoke and delete. */
  phrase: string
}

function where(key: ApiKey): string {
  const environment = labelOf(ENVIRONMENT_LABELS, key.environment)
  return environment === '—' ? keyDisplayName(key) : `${keyDisplayName(key)} (${environment})`
}

const CONSEQUENCES: Record<KeyAction, (subject: string, many: boolean) => string> = {
  suspend: (subject, many) => `Requests made with ${subject} will be refused until ${many ? 'they are' : 'it is'} reactivated. You can reactivate ${many ? 'them' : 'it'} at any time.`,
  // It starts the sentence: "These 2 keys …" (a key's own name stays as it is written).
  reactivate: (subject, many) => `${many ? subject.replace(/^these/, 'These') : subject} will work again at once${many ? '' : ', for every application that uses it'}.`,
  revoke: (subject, many) => `Every application using ${subject} stops working at once. This cannot be undone: ${many ? 'these keys' : 'the key'} can never be used again.`,
  delete: (subject, many) => `This removes the record of ${subject} for good, and any application still using ${many ? 'them' : 'it'} stops working. This cannot be undone.`,
}

// What happens to the clients using a key now, for one key and for several.
const CLIENTS_AFTER: Record<KeyAction, { one: string; many: string }> = {
  suspend: { one: 'their requests will be refused while it is suspended.', many: 'Their requests will be refused while the keys are suspended.' },
  reactivate: { one: '', many: '' },
  revoke: { one: 'they will start failing.', many: 'Those clients will start failing.' },
  delete: { one: 'they will start failing.', many: 'Those clients will start failing.' },
}

function inUseWarning(action: KeyAction, keys: readonly ApiKey[], now: number): string | null {
  if (!STOPPING_ACTIONS.has(action)) return null
  const after = CLIENTS_AFTER[action]
  const [only] = keys
  if (keys.length === 1 && only) {
    const use = lastUseOf(only, now)
    if (use.kind !== 'used' || !use.inUse) return null
    const when = use.ahead ? 'this key’s last use is dated ahead of this device’s clock, so treat it as just used' : `this key was used ${formatRelative(use.iso, now)}`
    return `${when}. Clients are using it now; ${after.one}`
  }
  const count = keys.filter((key) => isInUse(key, now)).length
  if (count === 0) return null
  const one = count === 1
  return `${count} of these keys ${one ? 'was' : 'were'} used in the last 24 hours: clients are using ${one ? 'it' : 'them'} now. ${after.many}`
}

export function actionCopy(action: KeyAction, keys: readonly ApiKey[], now: number): ActionCopy {
  const { verb, doing } = ACTION_LABELS[action]
  const [only] = keys
  const many = keys.length !== 1 || !only
  const count = formatCount(keys.length)
  const subject = many ? `these ${count} keys` : where(only)
  const noun = many ? `${count} keys` : keyDisplayName(only)
  // A delete of keys that already refuse every request (revoked, suspended, expired) stops no application.
  const stopsNobody = action === 'delete' && keys.length > 0 && keys.every(refusesRequests)
  return {
    title: `${verb} ${noun}?`,
    description: stopsNobody
      ? `This removes the record of ${subject} for good. ${many ? 'They already refuse' : 'It already refuses'} every request, so no application stops working. This cannot be undone.`
      : CONSEQUENCES[action](subject, many),
    inUseWarning: inUseWarning(action, keys, now),
    confirmLabel: `${verb} ${many ? `${count} keys` : 'key'}`,
    pendingLabel: `${doing} ${many ? `${count} keys` : 'key'}…`,
    phrase: many ? String(keys.length) : confirmationPhrase(only),
  }
}
