import type { ReactNode } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { ACTION_LABELS, confirmationPhrase, keyDisplayName, type KeyAction } from '../../model/key-actions'
import { ENVIRONMENT_LABELS, labelOf } from '../../model/labels'

export interface ActionCopy {
  title: string
  description: string
  confirmLabel: string
  /** What must be typed for revoke and delete. */
  phrase: string
  summary: ReactNode
}

function where(key: ApiKey): string {
  const environment = labelOf(ENVIRONMENT_LABELS, key.environment)
  return environment === '—' ? keyDisplayName(key) : `${keyDisplayName(key)} (${environment})`
}

const CONSEQUENCES: Record<KeyAction, (subject: string, many: boolean) => string> = {
  suspend: (subject, many) => `Requests made with ${subject} will be refused until ${many ? 'they are' : 'it is'} reactivated. You can reactivate ${many ? 'them' : 'it'} at any time.`,
  reactivate: (subject, many) => `${subject} will work again at once${many ? '' : ', for every application that uses it'}.`,
  revoke: (subject, many) => `Every application using ${subject} stops working at once. This cannot be undone: ${many ? 'these keys' : 'the key'} can never be used again.`,
  delete: (subject, many) => `This removes the record of ${subject} for good, and any application still using ${many ? 'them' : 'it'} stops working. This cannot be undone.`,
}

export function actionCopy(action: KeyAction, keys: readonly ApiKey[]): ActionCopy {
  const { verb } = ACTION_LABELS[action]
  const [only] = keys
  const many = keys.length !== 1 || !only
  const subject = many ? `these ${keys.length} keys` : where(only)
  const noun = many ? `${keys.length} keys` : keyDisplayName(only)
  return {
    title: `${verb} ${noun}?`,
    description: CONSEQUENCES[action](subject, many),
    confirmLabel: `${verb} ${many ? `${keys.length} keys` : 'key'}`,
    phrase: many ? String(keys.length) : confirmationPhrase(only),
    summary: (
      // Focusable, so a long list can be scrolled from the keyboard (axe: scrollable-region-focusable).
      // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      <ul aria-label="Keys" tabIndex={0} className="max-h-40 space-y-1 overflow-y-auto rounded-md border border-zinc-200 p-2 text-sm dark:border-zinc-800">
        {keys.map((key) => (
          <li key={key.id} className="flex flex-wrap items-baseline justify-between gap-x-3">
            <bdi className="min-w-0 truncate font-medium">{keyDisplayName(key)}</bdi>
            <span className="text-xs text-zinc-500 dark:text-zinc-400">
              {labelOf(ENVIRONMENT_LABELS, key.environment)} · <code className="font-mono">{key.id}</code>
            </span>
          </li>
        ))}
      </ul>
    ),
  }
}
