import { Icon } from '../../../components/ui/icon'
import type { ReactNode } from 'react'
import { Button } from '../../../components/ui/button'
import type { AnswerFaults } from '../model/answer-faults'
import { CHANGED_MESSAGE, FIGURES_CHANGED_MESSAGE, LOOP_MESSAGE, missingMessage, pastPageSizeMessage, repeatedMessage } from '../model/answer-faults-words'

const CALM = 'border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100'
const FAULT = 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100'

function Notice({ tone, children, action }: { tone: 'calm' | 'fault'; children: string; action?: ReactNode }) {
  return (
    <div className={`flex flex-wrap items-start gap-2 rounded-md border px-3 py-2 text-sm ${tone === 'calm' ? CALM : FAULT}`}>
      <Icon name={tone === 'calm' ? 'info' : 'triangle-alert'} className="mt-0.5 size-4 shrink-0" />
      {/* The words alone are the live region: its button (Start again) is not read as part of the sentence. */}
      <p role="status" className="min-w-0 flex-1 basis-48">
        {children}
      </p>
      {action}
    </div>
  )
}

/** Says what the server's answers got wrong, and what was done about it, rather than showing it. */
export function AnswerFaultsNotice({ faults, onStartAgain, under = 'list' }: { faults: AnswerFaults; onStartAgain: () => void; under?: 'list' | 'figures' }) {
  const startAgain = (
    <Button size="sm" variant="secondary" onClick={onStartAgain}>
      Start again
    </Button>
  )
  const readAgain = (
    <Button size="sm" variant="secondary" onClick={onStartAgain}>
      Read again
    </Button>
  )
  return (
    <>
      {faults.repeatedIds > 0 && <Notice tone="calm">{repeatedMessage(faults.repeatedIds)}</Notice>}
      {faults.rowsPastPageSize > 0 && <Notice tone="fault">{pastPageSizeMessage(faults.rowsPastPageSize)}</Notice>}
      {faults.changed && (
        <Notice tone="fault" action={under === 'list' ? startAgain : readAgain}>
          {under === 'list' ? CHANGED_MESSAGE : FIGURES_CHANGED_MESSAGE}
        </Notice>
      )}
      {faults.missing && (
        <Notice tone="fault" action={readAgain}>
          {missingMessage(faults.missing, under)}
        </Notice>
      )}
      {faults.loops && (
        <Notice tone="fault" action={faults.changed ? undefined : startAgain}>
          {LOOP_MESSAGE}
        </Notice>
      )}
    </>
  )
}
