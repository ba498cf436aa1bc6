import { zodResolver } from '@hookform/resolvers/zod'
import { shortenMiddle } from '../../../../lib/shorten-middle'
import { useId, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { Button } from '../../../../components/ui/button'
import { Dialog, DialogBody, DialogContent, DialogFooter } from '../../../../components/ui/dialog'
import { Field, Input } from '../../../../components/ui/field'
import { useToasts } from '../../../../components/ui/toast-store'
import { newViewId, savedViews, writeSavedViews } from '../../hooks/use-saved-views'
import type { ListView } from '../../model/list-view'
import { SAVED_VIEWS_MAX, describeSavedQuery, saveView, saveViewFormSchema, sameName, savedViewQuery, VIEW_NAME_MAX, type SaveViewForm, type SavedView } from '../../model/saved-views'
import { announceSaved } from './saved-view-actions'

const FULL = `This browser keeps at most ${SAVED_VIEWS_MAX} saved views: delete one first, or replace one by saving under its name.`

/** Names the view on screen and keeps it in this browser; a name already used asks before replacing that view. */
export function SaveViewDialog({ view, notApplied = null, onClose }: { view: ListView; notApplied?: string | null; onClose: () => void }) {
  const formId = useId()
  const query = savedViewQuery(view)
  const form = useForm<SaveViewForm>({ resolver: zodResolver(saveViewFormSchema), defaultValues: { name: '' } })
  const { errors } = form.formState
  const name = useWatch({ control: form.control, name: 'name' })
  const [conflict, setConflict] = useState<SavedView | null>(null)
  const toasts = useToasts()
  // Asked once for this name; typing another one asks again if that is taken too.
  const replacing = conflict !== null && sameName(conflict.name, name)

  const onSave = form.handleSubmit(({ name: chosen }) => {
    const outcome = saveView(savedViews(), chosen, query, newViewId(), replacing)
    switch (outcome.kind) {
      case 'exists':
        setConflict(outcome.existing)
        return
      case 'full':
        form.setError('name', { type: 'limit', message: FULL }, { shouldFocus: true })
        return
      case 'invalid':
        form.setError('name', { type: 'invalid', message: outcome.problem }, { shouldFocus: true })
        return
      case 'saved':
        announceSaved(toasts, outcome.saved, replacing, writeSavedViews(outcome.views))
        onClose()
    }
  })

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title="Save this view" description="Kept in this browser only, under the name you give it." size="sm">
        <DialogBody>
          <form id={formId} noValidate onSubmit={(event) => void onSave(event)} className="space-y-4">
            <div className="rounded-md bg-zinc-100 px-3 py-2 text-sm dark:bg-zinc-800">
              <span className="font-medium">Shows: </span>
              <span className="[overflow-wrap:anywhere]">{describeSavedQuery(query)}</span>
              {notApplied !== null && (
                // Saved as the list shows it: an expression that does not parse would be a view that filters nothing.
                <p className="mt-1 text-zinc-700 [overflow-wrap:anywhere] dark:text-zinc-300">
                  Not saved: the Advanced filter <code className="font-mono text-xs">{shortenMiddle(notApplied, 80, 20) ?? notApplied}</code>, which has an error and is not applied.
                </p>
              )}
            </div>
            <Field label="Name" description={`Up to ${VIEW_NAME_MAX} characters.`} error={errors.name?.message}>
              {(props) => <Input {...props} {...form.register('name')} aria-required autoComplete="off" placeholder="e.g. Stale production keys" />}
            </Field>
            {replacing && (
              <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
                A saved view is already named “<bdi>{conflict.name}</bdi>”. Replace it with this view?
              </p>
            )}
          </form>
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" form={formId} variant="primary">
            {replacing ? 'Replace view' : 'Save view'}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}
