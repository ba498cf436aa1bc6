import { Icon } from '../../../../components/ui/icon'
import { useEffect, useRef, type ReactNode } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { Button } from '../../../../components/ui/button'
import { DialogBody, DialogFooter } from '../../../../components/ui/dialog'
import { keyDisplayName } from '../../model/key-actions'
import { keyDetailPath } from '../../model/key-path'
import { AppLink } from '../../../../components/ui/app-link'
import { rotationReason } from '../../model/key-settings'
import { retireLater, statusWord, type Replacement, type RetireChoice } from './rotation-choices'

interface RotationSummaryProps {
  replacement: Replacement
  /** The old key in the status it now has. */
  oldKey: ApiKey
  choice: RetireChoice
  onClose: () => void
}

/** The end of a rotation: both keys, each in its state. */
export function RotationSummary({ replacement, oldKey, choice, onClose }: RotationSummaryProps) {
  const closeRef = useRef<HTMLButtonElement>(null)
  useEffect(() => closeRef.current?.focus(), [])
  return (
    <>
      <DialogBody className="space-y-4">
        <p className="flex items-center gap-2 text-sm font-medium text-emerald-800 dark:text-emerald-300">
          <Icon name="circle-check" className="size-4 shrink-0" />
          Rotation complete
        </p>
        <ul className="space-y-3 text-sm">
          <KeyState
            label="New key"
            name={keyDisplayName(replacement)}
            id={replacement.id}
            status="Active"
            // Nothing else on a key's page leads to it: the old key's page stays where it was.
            link={
              <AppLink href={keyDetailPath(replacement.id)} rememberFrom onClick={onClose} className="mt-1 inline-flex min-h-6 items-center font-medium text-indigo-700 underline hover:no-underline pointer-coarse:min-h-10 dark:text-indigo-300">
                View new key
              </AppLink>
            }
          />
          <KeyState
            label="Old key"
            name={keyDisplayName(oldKey)}
            id={oldKey.id}
            status={statusWord(oldKey)}
            note={choice === 'keep' ? retireLater(oldKey) : `Reason recorded: ${rotationReason(replacement.id)}`}
          />
        </ul>
      </DialogBody>
      <DialogFooter>
        <Button ref={closeRef} variant="primary" onClick={onClose} className="justify-center">
          Done
        </Button>
      </DialogFooter>
    </>
  )
}

function KeyState({ label, name, id, status, note, link }: { label: string; name: string; id: string; status: string; note?: string; link?: ReactNode }) {
  return (
    <li className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <p className="text-xs font-medium tracking-wide text-zinc-600 uppercase dark:text-zinc-400">{label}</p>
      <p className="mt-1 break-words">
        <bdi className="font-medium">{name}</bdi> is <strong>{status}</strong>
      </p>
      <p className="font-mono text-xs [overflow-wrap:anywhere] text-zinc-600 dark:text-zinc-400">{id}</p>
      {note && <p className="mt-1 break-words text-zinc-600 dark:text-zinc-400">{note}</p>}
      {link}
    </li>
  )
}
