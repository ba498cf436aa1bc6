import type { ApiKey } from '../../../../api/api-key-schema'
import { Tooltip } from '../../../../components/ui/tooltip'
import { labelOf } from '../../model/labels'
import { UNKNOWN, sentUnreadable, unreadableHint } from '../../model/unreadable-value'

/** "unknown" for a value the server sent but this page cannot read; the hint quotes it, as text. */
export function UnknownValue({ sent }: { sent: string }) {
  const hint = unreadableHint(sent)
  return (
    <Tooltip content={hint}>
      {/* A button so keyboard users can reach the hint, as the time cells do. */}
      <button type="button" className="whitespace-nowrap text-zinc-600 italic underline decoration-dotted underline-offset-4 dark:text-zinc-400">
        {UNKNOWN}
      </button>
    </Tooltip>
  )
}

/** A type or environment: its label, "unknown" with a hint, or MISSING. */
export function EnumCell({ apiKey, field, labels }: { apiKey: ApiKey; field: 'key_type' | 'environment'; labels: Readonly<Record<string, string>> }) {
  const sent = sentUnreadable(apiKey, field)
  return sent === undefined ? labelOf(labels, apiKey[field]) : <UnknownValue sent={sent} />
}

