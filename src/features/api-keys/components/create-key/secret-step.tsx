import { Icon } from '../../../../components/ui/icon'
import { useEffect, useId, useRef, useState } from 'react'
import type { CreatedApiKey } from '../../../../api/api-keys/create-api-key'
import { Button } from '../../../../components/ui/button'
import { Checkbox } from '../../../../components/ui/checkbox'
import { cn } from '../../../../components/ui/cn'
import { DialogBody, DialogFooter } from '../../../../components/ui/dialog'
import { ENVIRONMENT_LABELS, KEY_TYPE_LABELS, labelOf, permissionsSummary } from '../../model/labels'
import { shownName } from '../../model/key-actions'
import { useWarnBeforeUnload } from '../../../../hooks/use-warn-before-unload'
import { useCopyToClipboard } from '../../../../hooks/use-copy-to-clipboard'
import { copyByHand } from './copy-by-hand'

/** The new key's secret, shown this once, with Copy and a Done that wants it stored first. */
export function SecretStep({ apiKey, onDone, doneLabel = 'Done' }: { apiKey: CreatedApiKey; onDone: () => void; doneLabel?: string }) {
  const id = useId()
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  const copyRef = useRef<HTMLButtonElement>(null)
  const storedRef = useRef<HTMLInputElement>(null)
  const [stored, setStored] = useState(false)
  // Done pressed before the box was ticked: the line beside it says so louder.
  const [tried, setTried] = useState(false)
  // Refused or missing clipboard: select the secret so the user can copy it by hand.
  const { state, copy } = useCopyToClipboard({
    resetAfterMs: 2500,
    onFailure: () => {
      fieldRef.current?.focus()
      fieldRef.current?.select()
    },
  })
  // Closing the tab or reloading while the secret is on screen asks first: it cannot be shown again.
  useWarnBeforeUnload(true)

  // The form that had focus is gone: start on Copy, the one thing to do next.
  useEffect(() => copyRef.current?.focus(), [])

  return (
    <>
      <DialogBody className="space-y-4">
        {/* On a phone each label sits above its value: beside it, an ID had 193 px and broke in two. */}
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm max-sm:grid-cols-1 max-sm:gap-y-0 max-sm:[&>dd]:mb-1.5">
          <dt className="text-zinc-600 dark:text-zinc-400">Name</dt>
          <dd className="font-medium break-words">
            <bdi>{shownName(apiKey) ?? 'Untitled key'}</bdi>
          </dd>
          <dt className="text-zinc-600 dark:text-zinc-400">ID</dt>
          <dd className="font-mono [overflow-wrap:anywhere] select-all">{apiKey.id}</dd>
          <dt className="text-zinc-600 dark:text-zinc-400">Details</dt>
          <dd>
            {labelOf(KEY_TYPE_LABELS, apiKey.key_type)} · {labelOf(ENVIRONMENT_LABELS, apiKey.environment)} · {permissionsSummary(apiKey.permissions)}
          </dd>
        </dl>
        <div className="space-y-1.5">
          <label htmlFor={`${id}-secret`} className="block text-sm font-medium">
            Secret key
          </label>
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
            <textarea
              ref={fieldRef}
              id={`${id}-secret`}
              readOnly
              rows={1}
              value={apiKey.api_key}
              spellCheck={false}
              autoComplete="off"
              autoCorrect="off"
              autoCapitalize="off"
              data-1p-ignore
              data-lpignore="true"
              aria-describedby={`${id}-warning`}
              onFocus={(event) => event.currentTarget.select()}
              className="block min-h-9 w-full resize-none rounded-md border border-zinc-300 bg-zinc-50 px-3 py-2 font-mono text-sm break-all text-zinc-900 outline-none [field-sizing:content] focus-visible:border-indigo-500 focus-visible:ring-2 focus-visible:ring-indigo-500/30 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
            />
            <Button ref={copyRef} variant="primary" onClick={() => void copy(apiKey.api_key)} aria-describedby={`${id}-warning`} className="justify-center">
              {state === 'copied' ? <Icon name="check" className="size-4" /> : <Icon name="copy" className="size-4" />}
              Copy
            </Button>
          </div>
          <p role="status" className="min-h-5 text-sm">
            {state === 'copied' && <span className="font-medium text-emerald-700 dark:text-emerald-400">Copied</span>}
            {state === 'failed' && (
              <span className="text-amber-800 dark:text-amber-300">
                Your browser did not let this page copy. {copyByHand()}
              </span>
            )}
          </p>
        </div>
        <div
          id={`${id}-warning`}
          className="flex gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100"
        >
          <Icon name="triangle-alert" className="mt-0.5 size-4 shrink-0" />
          <p>
            <strong>This secret will not be shown again.</strong> Coval keeps only a masked copy. Store it in a secrets manager now; if it is
            lost, create a new key and revoke this one.
          </p>
        </div>
        <Checkbox ref={storedRef} label="I have stored this key somewhere safe" checked={stored} onCheckedChange={(checked) => setStored(checked === true)} />
      </DialogBody>
      <DialogFooter>
        {/* Said beside the greyed button: on a 320 × 568 phone the box is below the fold. */}
        {!stored && (
          <p
            id={`${id}-why-not-done`}
            className={cn('text-xs max-sm:order-last sm:mr-auto', tried ? 'font-medium text-amber-800 dark:text-amber-300' : 'text-zinc-600 dark:text-zinc-400')}
          >
            Tick “I have stored this key somewhere safe” to go on.
          </p>
        )}
        {/* Unavailable, not disabled (as Revoke's and Finish are): it keeps its focus, and a press says what is missing and goes to the box. */}
        <Button
          variant="primary"
          aria-disabled={!stored || undefined}
          aria-describedby={stored ? undefined : `${id}-why-not-done`}
          onClick={() => {
            if (stored) return onDone()
            setTried(true)
            storedRef.current?.focus()
          }}
          className="justify-center"
        >
          {doneLabel}
        </Button>
      </DialogFooter>
    </>
  )
}
