import { REASON_MAX } from '../../../../api/api-key-schema'
import { tooLongMessage } from '../../../../api/text-length'
import { Field, Input, Textarea } from '../../../../components/ui/field'
import { hasTypographicMarks } from '../../model/confirm-phrase'
import { formatCount } from '../../../../lib/intl'

/** `length` is the reason as the server counts it (code points of the trimmed text). */
export function ReasonField({ value, length, onChange }: { value: string; length: number; onChange: (value: string) => void }) {
  return (
    <Field
      label="Reason"
      optional
      description="Kept with the key's audit trail."
      error={length > REASON_MAX ? tooLongMessage(REASON_MAX, length) : undefined}
      aside={`${formatCount(length)} / ${formatCount(REASON_MAX)}`}
    >
      {(control) => <Textarea {...control} value={value} onChange={(event) => onChange(event.target.value)} rows={2} />}
    </Field>
  )
}

// Said only where it applies: a name with a dash or curly quote may be typed with the plain ones.
function nameHint(phrase: string): string {
  return hasTypographicMarks(phrase) ? 'The key\'s name, exactly (ordinary - and \' " are fine for dashes and curly quotes).' : "The key's name, exactly."
}

/** Typing the name (or the number of keys) makes sure the user means this key, not a neighbour. */
export function ConfirmPhraseField({ phrase, kind, value, onChange }: { phrase: string; kind: 'name' | 'count'; value: string; onChange: (value: string) => void }) {
  return (
    <Field
      label={
        <>
          Type{' '}
          <strong className="font-mono font-semibold [overflow-wrap:anywhere] select-all">
            <bdi>{phrase}</bdi>
          </strong>{' '}
          to confirm
        </>
      }
      description={kind === 'count' ? 'The number of selected keys.' : nameHint(phrase)}
    >
      {(control) => (
        <Input
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          inputMode={kind === 'count' ? 'numeric' : undefined}
        />
      )}
    </Field>
  )
}
