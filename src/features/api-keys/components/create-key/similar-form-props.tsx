import { Info } from 'lucide-react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { keyDisplayName } from '../../model/key-actions'
import { settingsFromKey, type CarriedSettings } from '../../model/key-settings'

const FIELD_WORDS: Record<CarriedSettings['unknownFields'][number], string> = { type: 'type', environment: 'environment', permissions: 'permissions' }

/** What was carried over from another key, and what could not be: said above the form. */
export function CarriedOverNote({ from, carried, lead }: { from: ApiKey; carried: CarriedSettings; lead: string }) {
  const { droppedScopes, unknownFields } = carried
  return (
    <div className="space-y-1 rounded-lg border border-indigo-200 bg-indigo-50 p-3 text-sm text-indigo-950 dark:border-indigo-900 dark:bg-indigo-950/40 dark:text-indigo-100">
      <p className="flex gap-2">
        <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span>
          {lead} <bdi className="font-medium">{keyDisplayName(from)}</bdi>.
        </span>
      </p>
      {unknownFields.length > 0 && <p>That key did not say its {unknownFields.map((field) => FIELD_WORDS[field]).join(' or ')}: choose below.</p>}
      {droppedScopes.length > 0 && (
        <p>
          Left out, as this form does not know {droppedScopes.length === 1 ? 'it' : 'them'}: <code className="font-mono break-all">{droppedScopes.join(', ')}</code>
        </p>
      )}
    </div>
  )
}

/** The create form's props for "Create similar": the key's settings, a fresh name to choose. */
export function similarFormProps(from: ApiKey) {
  const carried = settingsFromKey(from, '')
  return {
    defaultValues: carried.values,
    intro: <CarriedOverNote from={from} carried={carried} lead="Type, environment, permissions and description are copied from" />,
  }
}
