import { useEffect, useId, useRef, useState } from 'react'
import { lazyPart } from '../../../../components/ui/lazy-boundary'
import type { ApiKey } from '../../../../api/api-key-schema'
import { Button } from '../../../../components/ui/button'
import { useFocusSurvivesReplacement } from '../../../../hooks/use-focus-survives-replacement'
import { ACTION_LABELS, TERMINAL_ACTIONS, availableActions, type KeyAction } from '../../model/key-actions'
import { loadRunKeyAction, loadUndo, type ActionOutcome } from '../actions/use-run-key-action'
import { preloadWhenIdle } from '../../../../components/ui/deferred-menu'
import { useKeyActionFlow } from '../actions/use-key-action-flow'
import { CreateApiKeyButton } from '../create-key/create-api-key-button'
import { LazyRotateKeyDialog } from '../rotate-key/rotate-key-entry'
import { canRotate } from '../rotate-key/rotation-choices'
import { ScopeNeeded } from '../scope-needed'
import { dropRepeatClick } from '../../../../lib/repeat-click-guard'
import { useWaitingChange } from '../../api/waiting-changes'
import { waitingNote } from '../../model/waiting-words'

// The button an action's own button gives way to: the way back, or the lifecycle's next step.
const STAND_INS: Partial<Record<KeyAction, KeyAction>> = { suspend: 'reactivate', reactivate: 'suspend', revoke: 'delete' }

// The page's actions are 32 px tall, 40 to a finger (a touch screen), as the phone's bulk actions are.
// Wider than the screen (larger text on a phone: "Create similar…" at 200 %), a label wraps and the button grows.
const FINGER_HEIGHT = 'h-auto! min-h-8 max-w-full py-1 whitespace-normal! pointer-coarse:min-h-10'

const ActionDialog = lazyPart(() => import('../actions/action-dialog'), (m) => m.ActionDialog, 'the action’s dialog', { dismiss: (props) => props.onCancel })

/**
 * Making more like this key, then what the lifecycle allows for it, Revoke and Delete last: the row
 * menu's order. Revoke and Delete are outlined in
 * red, not filled: on a healthy key's page they were the loudest things on it (their dialogs still ask).
 */
export function KeyDetailActions({ apiKey, onDone }: { apiKey: ApiKey; onDone: (outcome: ActionOutcome) => void }) {
  const flow = useKeyActionFlow({ onDone })
  // Loaded ahead, as the list loads them: a page opened by its link and then offline (a train's tunnel)
  // could not confirm a suspend, whose code would have been fetched only then.
  useEffect(() => {
    for (const load of [ActionDialog.preload, loadRunKeyAction, loadUndo]) preloadWhenIdle(load)
  }, [])
  const [rotating, setRotating] = useState(false)
  const rotateRef = useRef<HTMLButtonElement>(null)
  const group = useFocusSurvivesReplacement<HTMLDivElement>(STAND_INS)
  // A change made offline waits for the connection: the key's other changes wait for it (model/waiting-words.ts).
  const waiting = useWaitingChange(apiKey.id)
  const waitingId = useId()
  const held = waiting === null ? {} : { 'aria-disabled': true, 'aria-describedby': waitingId }
  return (
    <div ref={group} role="group" aria-label="Key actions" className="flex flex-wrap items-center gap-2">
      {canRotate(apiKey) && (
        <Button ref={rotateRef} size="sm" className={FINGER_HEIGHT} aria-haspopup="dialog" {...held} onClick={() => waiting === null && setRotating(true)}>
          Rotate…
        </Button>
      )}
      <CreateApiKeyButton variant="secondary" size="sm" className={FINGER_HEIGHT} similarTo={apiKey}>
        Create similar…
      </CreateApiKeyButton>
      {availableActions(apiKey).map((action) => (
        <Button key={action} data-control={action} size="sm" className={FINGER_HEIGHT} variant={TERMINAL_ACTIONS.has(action) ? 'dangerOutline' : 'secondary'} {...held} onClick={() => {
            if (waiting !== null) return
            // Its stand-in takes its place (Reactivate's is Suspend…): a double tap's second click must not press that.
            dropRepeatClick()
            flow.requestAction(action, [apiKey])
          }}
        >
          {action === 'reactivate' ? ACTION_LABELS[action].verb : `${ACTION_LABELS[action].verb}…`}
        </Button>
      ))}
      {waiting !== null && (
        <p id={waitingId} className="basis-full text-sm text-zinc-600 dark:text-zinc-400">
          {waitingNote(waiting)}
        </p>
      )}
      <ScopeNeeded scope="api-keys:write" className="basis-full" />
      <ScopeNeeded scope="api-keys:delete" className="basis-full" />
      {rotating && <LazyRotateKeyDialog apiKey={apiKey} onClose={() => setRotating(false)} returnFocus={() => (rotateRef.current ?? document.getElementById('key-detail-heading'))?.focus()} />}
      {flow.dialog && (
        <ActionDialog request={flow.dialog.request} pending={flow.dialog.pending} error={flow.dialog.error} errorWait={flow.dialog.wait} held={flow.dialog.held} onCancel={flow.cancel} onConfirm={flow.confirm} />
      )}
    </div>
  )
}
