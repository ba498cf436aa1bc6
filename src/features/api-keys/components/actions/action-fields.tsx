import type { Ref } from 'react'
import { REASON_MAX } from '../../../../api/api-key-schema'
import { tooLongMessage } from '../../../../api/text-length'
import { Field, Input, Textarea } from '../../../../components/ui/field'
import { confirmPhraseProblem, confirmedThing, hasHiddenCharacters, hasTypographicMarks, type ConfirmKind } from '../../model/confirm-phrase'
import { showHiddenCharacters } from '../../../../lib/hidden-characters'
import { LengthCount } from '../../../../components/ui/length-count'

/** `length` is the reason as the server counts it (code points of the trimmed text). */
export function ReasonField({ value, length, onChange, inputRef }: { value: string; length: number; onChange: (value: string) => void; inputRef?: Ref<HTMLTextAreaElement> }) {
  return (
    <Field
      label="Reason"
      optional
      description="Sent to Coval with the change, for its audit records. The API never returns it, so it is not shown here."
      error={length > REASON_MAX ? tooLongMessage(REASON_MAX, length) : undefined}
      aside={<LengthCount length={length} max={REASON_MAX} />}
    >
      {(control) => <Textarea {...control} ref={inputRef} value={value} onChange={(event) => onChange(event.target.value)} rows={2} />}
    </Field>
  )
}

// Said only where it applies: a name with a dash or curly quote may be typed with the plain ones,
// and one with hidden characters (shown as ⟨U+202E⟩) is typed without them.
function nameHint(phrase: string): string {
  const exactly = hasHiddenCharacters(phrase) ? "The key’s name, exactly, leaving out the hidden characters marked ⟨U+…⟩" : "The key’s name, exactly"
  return hasTypographicMarks(phrase) ? `${exactly} (ordinary - and ' " are fine for dashes and curly quotes).` : `${exactly}.`
}

function hint(phrase: string, kind: ConfirmKind, verb?: string): string {
  if (kind === 'name') return nameHint(phrase)
  if (kind === 'id') return 'The key’s ID, exactly: it has no name.'
  const what = confirmedThing(kind, verb)
  return `${what.charAt(0).toUpperCase()}${what.slice(1)}.`
}

export interface ConfirmPhraseFieldProps {
  phrase: string
  kind: ConfirmKind
  value: string
  onChange: (value: string) => void
  /** The user tried to confirm: a blank or unfinished phrase is then named as the problem too. */
  tried?: boolean
  inputRef?: Ref<HTMLInputElement>
  /** For a count: what the action does, in the infinitive ("revoke"). */
  verb?: string
}

/**
 * Typing the name (its ID when it has none, or the number of keys) makes sure the user means this key, not a neighbour. What
 * is typed is judged as it comes: a slip is said at once, rather than left to a button that stays grey.
 */
export function ConfirmPhraseField({ phrase, kind, value, onChange, tried = false, inputRef, verb }: ConfirmPhraseFieldProps) {
  return (
    <Field
      error={confirmPhraseProblem(value, phrase, kind, tried, verb) ?? undefined}
      label={
        <>
          Type{' '}
          <strong className="font-mono font-semibold [overflow-wrap:anywhere] select-all">
            <bdi>{showHiddenCharacters(phrase)}</bdi>
          </strong>{' '}
          to confirm
        </>
      }
      description={hint(phrase, kind, verb)}
    >
      {(control) => (
        <Input
          {...control}
          ref={inputRef}
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
