import { useEffect, useRef, useState, type RefObject } from 'react'
import type { DefaultValues, UseFormReturn } from 'react-hook-form'
import type { CreateApiKeyBody, CreateApiKeyInput } from '../../../../api/api-keys/create-api-key'

type Values = DefaultValues<CreateApiKeyInput>

/** How the create form and the dialog that keeps its draft speak. */
export interface DraftLink {
  /** The form opens on a draft kept from before: it says so and offers to start over. */
  restored: boolean
  /** What the form holds when nothing has been entered: what Start over goes back to. */
  base: Values
  /** Called as the form goes: the values worth keeping, or null (nothing entered, the key made, or started over). */
  onLeave: (values: CreateApiKeyInput | null) => void
  /** Forgets the draft and puts a new, empty form in the old one's place. */
  startOver: () => void
  /** This form took the place of one started over: the focus goes to its Name (Start over went with the old one). */
  startedOver: boolean
}

/**
 * The dialog's side: what an edited form held when it closed by Escape, its close button or a press
 * outside, offered again the next time the same form opens, until a key is made or the person starts
 * over or cancels (Cancel is a choice to throw the form away). `from` names the form: a new key, or a
 * key like another one.
 */
export function useCreateDraft(from: string, base: Values): { formKey: string; defaultValues: Values; draft: DraftLink } {
  const [draft, setDraft] = useState<{ from: string; values: CreateApiKeyInput } | null>(null)
  // Start over mounts a new form rather than resetting the old one: every field, error and note as on a first open.
  const [startedOver, setStartedOver] = useState(0)
  const restored = draft?.from === from ? draft.values : null
  // A form that leaves nothing forgets only its own draft, not one kept for another start.
  const forget = () => setDraft((current) => (current?.from === from ? null : current))
  return {
    formKey: `${from}:${startedOver}`,
    defaultValues: restored ?? base,
    draft: {
      restored: restored !== null,
      base,
      onLeave: (values) => (values ? setDraft({ from, values }) : forget()),
      startOver: () => {
        forget()
        setStartedOver((count) => count + 1)
      },
      startedOver: startedOver > 0,
    },
  }
}

/** The form's side: hands over its values as it unmounts, unless nothing was entered or `settled` (the key made, started over, cancelled). */
export function useHandOverDraft(form: UseFormReturn<CreateApiKeyInput, unknown, CreateApiKeyBody>, draft: DraftLink | undefined, settled: RefObject<boolean>): void {
  // The link as the form opened: each start has a form of its own.
  const link = useRef(draft)
  useEffect(() => {
    const opened = link.current
    if (!opened) return
    // Also on a later opening (the same form, mounted again): the dialog's own first focus is Name too.
    if (opened.startedOver) form.setFocus('name')
    return () => {
      const values = form.getValues()
      // oxlint-disable-next-line react-hooks/exhaustive-deps -- read as the form goes, on purpose: it says whether the key was made or the form started over meanwhile
      opened.onLeave(settled.current || sameValues(values, opened.base) ? null : values)
    }
  }, [form, settled])
}

/** Whether two sets of the form's values say the same (an empty text as good as none, scopes in any order). */
export function sameValues(a: Values, b: Values): boolean {
  return comparable(a) === comparable(b)
}

function comparable(values: Values): string {
  const { name, description, key_type, environment, access, permissions } = values
  return JSON.stringify([name ?? '', description ?? '', key_type ?? null, environment ?? null, access ?? null, [...(permissions ?? [])].sort()])
}
