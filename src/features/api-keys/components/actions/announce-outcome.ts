import type { ApiKey } from '../../../../api/api-key-schema'
import type { ToastStore } from '../../../../components/ui/toast-store'
import { ACTION_LABELS, ACTION_TARGET, keyDisplayName } from '../../model/key-actions'
import { otherAnswerDetail, otherAnswerTitle } from '../../model/status-answer'
import type { ActionOutcome } from './use-run-key-action'
import { formatCount } from '../../../../lib/intl'

/** Toasts (the live regions) saying how an action went, each key counted by what the server answered. */
export function announceOutcome(
  toast: ToastStore,
  outcome: ActionOutcome,
  total: number,
  successToast: (key: ApiKey, title: string) => void,
  /** Several keys' success: `changed` are the keys this request changed (not those found done already). */
  manyToast: (changed: readonly ApiKey[], title: string) => void = (_changed, title) => void toast.success(title),
): void {
  const { action, succeeded, failed, alreadyGone, alreadyInStatus } = outcome
  const { verb, past } = ACTION_LABELS[action]
  const [only] = succeeded
  const gone = alreadyGone.length
  const already = alreadyInStatus.length
  if (total === 1 && only && gone === 1) {
    toast.info(`${keyDisplayName(only)} was already deleted elsewhere`, { description: 'It is gone from the list; nothing else changed.' })
  } else if (total === 1 && only && already === 1) {
    // Someone else's change: nothing of ours to undo.
    toast.info(`${keyDisplayName(only)} was already ${past}`, { description: 'It was changed elsewhere before this request arrived; nothing else changed.' })
  } else if (total === 1 && only) {
    successToast(only, `${keyDisplayName(only)} ${past}`)
  } else if (succeeded.length > 0) {
    const note = gone > 0 ? ` (${gone} already deleted elsewhere)` : already > 0 ? ` (${already} already ${past})` : ''
    const changed = succeeded.filter((key) => !alreadyGone.includes(key) && !alreadyInStatus.includes(key))
    manyToast(changed, `${succeeded.length} ${succeeded.length === 1 ? 'key' : 'keys'} ${past}${note}`)
  }
  announceOtherAnswers(toast, outcome, total)
  const [first] = failed
  if (total === 1 && first) {
    toast.error(`Could not ${verb.toLowerCase()} ${keyDisplayName(first.key)}`, { description: first.message })
  } else if (failed.length > 0) {
    toast.error(`${formatCount(failed.length)} of ${formatCount(total)} keys could not be ${past}`, { description: failed.map((f) => `${keyDisplayName(f.key)}: ${f.message}`).join('\n') })
  }
}

/** A 200 with another status than asked: the asked change did not happen, so it stays on screen until read (no Undo). */
function announceOtherAnswers(toast: ToastStore, { action, answeredOtherwise }: ActionOutcome, total: number): void {
  if (action === 'delete' || answeredOtherwise.length === 0) return
  const asked = ACTION_TARGET[action]
  const [first] = answeredOtherwise
  if (total === 1 && first) {
    toast.error(otherAnswerTitle(keyDisplayName(first.key), first.answer), { description: otherAnswerDetail(asked, first.answer) })
    return
  }
  const lines = answeredOtherwise.map(({ key, answer }) => `${otherAnswerTitle(keyDisplayName(key), answer)}.`)
  toast.error(`${formatCount(answeredOtherwise.length)} of ${formatCount(total)} keys were not ${ACTION_LABELS[action].past}: the server answered otherwise`, { description: lines.join('\n') })
}
