import { useId, useState } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { useScopeDenied } from '../../../../api/denied-scopes'
import { Button } from '../../../../components/ui/button'
import { useKeysWaiting } from '../../api/waiting-changes'
import { ACTION_LABELS, KEY_ACTIONS, TERMINAL_ACTIONS, requiredScope, type KeyAction } from '../../model/key-actions'
import { whyHeld, whyNot, whyNotForView } from '../../model/action-reasons'
import { ScopeNeeded } from '../scope-needed'
import { previewBulk, type BulkPreview } from '../../model/bulk-preview'
import type { MatchingSelection } from './bulk-actions-bar'

// The bulk bar's actions: loaded once the rows are up (and when keys are selected), off the first screen.

export interface BulkBarActionsProps {
  selected: ApiKey[]
  onAction: (action: KeyAction, keys: ApiKey[], preview?: BulkPreview) => void
  matching: MatchingSelection | undefined
  /** Every key the view matches is selected: this many (null while unknown). */
  all: boolean
  allTotal: number | null
}

/** The actions every selected key allows; the others say why not, and after a 403 which scope they need. */
export function BulkBarActions({ selected, onAction, matching, all, allTotal }: BulkBarActionsProps) {
  // After a 403 each button names the scope it needs, as its description (the note shows it too).
  const scopeNote = useId()
  const denied = { 'api-keys:write': useScopeDenied('api-keys:write'), 'api-keys:delete': useScopeDenied('api-keys:delete') }
  const noteId = (scope: keyof typeof denied) => `${scopeNote}-${scope}`
  // On a phone the reasons are not all written out (three lines over the cards): a tap on an
  // unavailable action shows its own.
  const [explained, setExplained] = useState<KeyAction | null>(null)
  // Over the whole view, keys the lifecycle rules out are skipped, as the preview says, unless its statuses rule out every one.
  // Keys with a change waiting for the connection take no other until it is sent (model/waiting-words.ts).
  const held = whyHeld(selected, useKeysWaiting())
  const reasonOf = (action: KeyAction) => held ?? (all && matching ? whyNotForView(action, matching.statuses, allTotal) : whyNot(action, selected))
  return (
    <>
      {/* On a phone, laid out to stay low: the count and Clear on one line, the actions on the next, sharing its width, 40 px tall to a finger.
          Under larger text (200 %) the bar is narrower than 18 rem: two to a line, rather than past the screen's edge. */}
      <div className="flex flex-wrap items-center gap-1.5 max-sm:order-2 max-sm:grid max-sm:w-full max-sm:grid-cols-[repeat(4,auto)] max-sm:@max-[18rem]:grid-cols-2">
        {KEY_ACTIONS.map((action) => {
          const reason = reasonOf(action)
          const scope = requiredScope(action)
          const describedBy = [reason ? `bulk-why-${action}` : null, denied[scope] ? noteId(scope) : null].filter((id) => id !== null).join(' ')
          return (
            <span key={action} className="inline-flex flex-col">
              <Button
                size="sm"
                variant={TERMINAL_ACTIONS.has(action) ? 'danger' : 'secondary'}
                className="max-sm:w-full max-sm:justify-center max-sm:px-1 max-sm:pointer-coarse:h-10 narrow:text-xs"
                // Not disabled: the button keeps focus when its run makes it unusable (suspended keys
                // cannot be suspended again) or while a run reads and asks; a disabled one would drop it.
                aria-disabled={reason !== null || matching?.busy === true || undefined}
                aria-describedby={describedBy || undefined}
                onClick={() => {
                  if (reason !== null) return setExplained(action)
                  if (matching?.busy) return
                  if (all && matching) matching.onAction(action)
                  else onAction(...pageRequest(action, selected))
                }}
              >
                {/* "…": it asks first, as every action here does but reactivating one key (useKeyActionFlow). */}
                {action === 'reactivate' && selected.length === 1 && !all ? ACTION_LABELS[action].verb : `${ACTION_LABELS[action].verb}…`}
              </Button>
              {reason && (
                <span id={`bulk-why-${action}`} className="sr-only">
                  {reason}
                </span>
              )}
            </span>
          )
        })}
      </div>
      <ScopeNeeded scope="api-keys:write" id={noteId('api-keys:write')} className="max-sm:order-3" />
      <ScopeNeeded scope="api-keys:delete" id={noteId('api-keys:delete')} className="max-sm:order-3" />
      <DisabledReasons reasonOf={reasonOf} explained={explained} />
    </>
  )
}

/**
 * What an action over a page's selection asks for: every selected key, or, when some of them do not
 * allow it (a revoked key among active ones), those that do, with a preview that counts the skipped
 * (as over every key of a view). One such key does not take the action away from the others.
 */
function pageRequest(action: KeyAction, selected: ApiKey[]): [KeyAction, ApiKey[], BulkPreview?] {
  const preview = previewBulk(action, selected)
  return preview.skipped.length === 0 ? [action, selected] : [action, [...preview.willChange], preview]
}

/** Why an action is unavailable, in the bar's words ("Suspend: not possible for…"); null when it is available. */
function reasonLine(action: KeyAction, reasonOf: (action: KeyAction) => string | null): string | null {
  const reason = reasonOf(action)
  return reason ? `${ACTION_LABELS[action].verb}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}` : null
}

/**
 * Every unavailable action's reason, written out from `sm` up; on a phone, only the one last tapped.
 * Hidden from assistive technology: each button carries its own reason as its description.
 */
function DisabledReasons({ reasonOf, explained }: { reasonOf: (action: KeyAction) => string | null; explained: KeyAction | null }) {
  const reasons = KEY_ACTIONS.map((action) => reasonLine(action, reasonOf)).filter((line) => line !== null)
  const tapped = explained === null ? null : reasonLine(explained, reasonOf)
  return (
    <>
      {reasons.length > 0 && (
        // Last on its line of its own, after Clear selection (the bar's, not this part's).
        <p aria-hidden className="w-full text-xs text-zinc-600 max-sm:hidden sm:order-last dark:text-zinc-400">
          {reasons.join(' · ')}
        </p>
      )}
      {tapped && (
        <p aria-hidden data-tapped-reason className="order-3 w-full text-xs text-zinc-600 sm:hidden dark:text-zinc-400">
          {tapped}
        </p>
      )}
    </>
  )
}

