import { useRef, useState, type FormEvent } from 'react'
import { Button } from '../../components/ui/button'
import { Dialog, DialogBody, DialogClose, DialogContent, DialogFooter } from '../../components/ui/dialog'
import { Field, Input } from '../../components/ui/field'
import { RadioCards } from '../../components/ui/radio-cards'
import { DEMO_SAVED_KEYS_MAX, MAX_SEED_COUNT } from '../../mocks/limits'
import type { DemoControls } from '../start-mode'
import { DIALECT_OPTIONS, SIZE_OPTIONS, parseSeedCount, sizeChoiceOf, type SizeChoice } from './demo-settings-options'
import { formatCount } from '../../lib/intl'

export interface DemoSettingsDialogProps {
  demo: Pick<DemoControls, 'settings' | 'setDialect' | 'setSeedCount'>
  onClose: () => void
}

/** The server the demo plays and how many keys it holds; nothing changes until Apply. */
export function DemoSettingsDialog({ demo, onClose }: DemoSettingsDialogProps) {
  const [current] = useState(demo.settings)
  const [dialect, setDialect] = useState(current.dialect)
  const [size, setSize] = useState<SizeChoice>(sizeChoiceOf(current.seedCount))
  const [other, setOther] = useState(String(current.seedCount))
  const [tried, setTried] = useState(false)
  const otherInput = useRef<HTMLInputElement>(null)
  const seedCount = size === 'other' ? parseSeedCount(other) : Number(size)
  const otherError = tried && seedCount === null ? `Enter a whole number from 0 to ${formatCount(MAX_SEED_COUNT)}.` : undefined

  const apply = (event: FormEvent) => {
    event.preventDefault()
    if (seedCount === null) {
      setTried(true)
      otherInput.current?.focus()
      return
    }
    if (dialect !== current.dialect) demo.setDialect(dialect)
    if (seedCount !== current.seedCount) demo.setSeedCount(seedCount)
    onClose()
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title="Demo settings" description="How the demo’s sample server behaves, and how many sample keys it has." size="lg">
        <form onSubmit={apply} noValidate className="contents">
          <DialogBody className="space-y-5">
            <Field kind="group" label="Server behaviour" description="The real API promises only paging and filtering by status. Choose how much more the demo’s server does.">
              {(control) => <RadioCards {...control} columns={1} options={DIALECT_OPTIONS} value={dialect} onValueChange={setDialect} />}
            </Field>
            <Field kind="group" label="Number of keys" description="A new number starts over with fresh sample keys: changes made to the demo keys are lost.">
              {(control) => <RadioCards {...control} columns={2} options={SIZE_OPTIONS} value={size} onValueChange={setSize} />}
            </Field>
            {size === 'other' && (
              // Field brings its message into view with the focused box (a phone's short body hid it under the footer).
              <Field label="How many keys" error={otherError}>
                {(control) => (
                  <Input {...control} ref={otherInput} inputMode="numeric" autoComplete="off" className="sm:max-w-40" value={other} onChange={(e) => setOther(e.target.value)} />
                )}
              </Field>
            )}
            {seedCount !== null && seedCount > DEMO_SAVED_KEYS_MAX && (
              <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
                Above {formatCount(DEMO_SAVED_KEYS_MAX)} keys the demo does not save its keys in this browser: a reload makes the same keys again, and
                changes you made to them are lost.
              </p>
            )}
          </DialogBody>
          <DialogFooter>
            <DialogClose asChild>
              <Button>Cancel</Button>
            </DialogClose>
            <Button type="submit" variant="primary">
              Apply
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
