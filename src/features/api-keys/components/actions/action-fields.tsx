import type { Ref } from 'react'
import { REASON_MAX } from '../../../../api/api-key-schema'
import { tooLongMessage } from '../../../../api/text-length'
import { Field, Input, Textarea } from '../../../../components/ui/field'
import { confirmPhraseProblem, hasHiddenCharacters, hasTypographicMarks, type ConfirmKind } from '../../model/confirm-phrase'
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

export interface ConfirmPhraseFieldProps {
  phrase: string
  kind: ConfirmKind
  value: string
  onChange: (value: string) => void
  /** The user tried to confirm: a blank or unfinished phrase is then named as the problem too. */
  tried?: boolean
  inputRef?: Ref<HTMLInputElement>
}

/**
 * Typing the name (or the number of keys) makes sure the user means this key, not a neighbour. What
 * is typed is judged as it comes: a slip is said at once, rather than left to a button that stays grey.
 */
export function ConfirmPhraseField({ phrase, kind, value, onChange, tried = false, inputRef }: ConfirmPhraseFieldProps) {
  return (
    <Field
      error={confirmPhraseProblem(value, phrase, kind, tried) ?? undefined}
      label={
        <>
          Type{' '}
          <strong className="font-mono font-semibold [overflow-wrap:anywhere] select-all">
            <bdi>{showHiddenCharacters(phrase)}</bdi>
          </strong>{' '}
          to confirm
        </>
      }
      description={kind === 'count' ? 'The number of selected keys.' : nameHint(phrase)}
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
