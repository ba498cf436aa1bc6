import { Icon } from '../../../../components/ui/icon'
import type { ReactNode } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { keyDisplayName } from '../../model/key-actions'
import type { CarriedSettings } from '../../model/key-settings'
import { ENVIRONMENT_LABELS, KEY_TYPE_LABELS, labelOf, permissionsSummary } from '../../model/labels'

/** "a", "a and b", "a, b and c". */
function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}

const NEXT: Record<'rotate' | 'similar', string> = {
  rotate: 'Check them, change anything you need, then create the replacement. The old key keeps working until the last step.',
  similar: 'Give the new key a name, check the rest, then create it. The other key is not changed.',
}

/** Above a prefilled create form (Rotate, Create similar): what it takes from the other key, and what it could not. */
export function CarriedOverIntro({ oldKey, carried, purpose }: { oldKey: ApiKey; carried: CarriedSettings; purpose: 'rotate' | 'similar' }) {
  const { unknownFields, droppedScopes } = carried
  const carriedWords = [
    !unknownFields.includes('type') && `type (${labelOf(KEY_TYPE_LABELS, oldKey.key_type)})`,
    !unknownFields.includes('environment') && `environment (${labelOf(ENVIRONMENT_LABELS, oldKey.environment)})`,
    !unknownFields.includes('permissions') && `permissions (${droppedScopes.length > 0 ? 'those this dashboard knows' : permissionsSummary(oldKey.permissions)})`,
    oldKey.description?.trim() && 'description',
  ].filter((word): word is string => typeof word === 'string')
  return (
    <div className="space-y-2">
      <div className="flex gap-2 rounded-lg border border-zinc-200 bg-zinc-50 p-3 text-sm dark:border-zinc-800 dark:bg-zinc-950">
        <Icon name="info" className="mt-0.5 size-4 shrink-0 text-zinc-500 dark:text-zinc-400" />
        <p>
          {carriedWords.length > 0 ? (
            <>
              Carried over from <bdi className="font-medium">{keyDisplayName(oldKey)}</bdi>: {listWords(carriedWords)}.{' '}
            </>
          ) : null}
          {NEXT[purpose]}
        </p>
      </div>
      {droppedScopes.length > 0 && (
        <Warning>
          The other key also has {droppedScopes.length === 1 ? 'a scope' : 'scopes'} this dashboard does not know, left out of the new key:{' '}
          {droppedScopes.map((scope, index) => (
            <span key={scope}>
              {index > 0 && ', '}
              <code className="font-mono [overflow-wrap:anywhere]">{scope}</code>
            </span>
          ))}
          . Anything that needs {droppedScopes.length === 1 ? 'it' : 'them'} will be refused with the new key.
        </Warning>
      )}
      {unknownFields.length > 0 && (
        <Warning>
          The other key does not say its {listWords(unknownFields)} (or says something this dashboard does not know):
          choose {unknownFields.length === 1 ? 'it' : 'them'} below.
        </Warning>
      )}
    </div>
  )
}

function Warning({ children }: { children: ReactNode }) {
  return (
    <div className="flex gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100">
      <Icon name="triangle-alert" className="mt-0.5 size-4 shrink-0" />
      <p>{children}</p>
    </div>
  )
}
