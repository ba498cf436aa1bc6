import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Button } from '../../../../components/ui/button'
import { Field, Input } from '../../../../components/ui/field'
import { savedViews, writeSavedViews } from '../../hooks/use-saved-views'
import { renameView, VIEW_NAME_MAX, type SavedView } from '../../model/saved-views'

/**
 * A saved view's name, in place in the manage dialog, to change: Enter or *Save name* keeps it,
 * *Cancel* (or Escape, which the dialog hands here) leaves it. Another view's name is refused, not
 * replaced: a rename deletes nothing.
 */
export function RenameViewForm({ view, onRenamed, onCancel }: { view: SavedView; onRenamed: (renamed: SavedView, stored: boolean) => void; onCancel: () => void }) {
  const input = useRef<HTMLInputElement>(null)
  const [name, setName] = useState(view.name)
  const [problem, setProblem] = useState<string | undefined>(undefined)
  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const outcome = renameView(savedViews(), view.id, name)
    switch (outcome.kind) {
      case 'invalid':
        setProblem(outcome.problem)
        break
      case 'exists':
        setProblem(`Another saved view is named “${outcome.existing.name}”. Choose another name.`)
        break
      case 'gone':
        setProblem('This view is no longer saved: it was deleted in another tab.')
        break
      case 'renamed':
        onRenamed(outcome.renamed, writeSavedViews(outcome.views))
        return
    }
    input.current?.focus()
  }

  return (
    <form noValidate onSubmit={submit} className="min-w-0 flex-1 space-y-2">
      <Field label={<>New name for “<bdi>{view.name}</bdi>”</>} description={`Up to ${VIEW_NAME_MAX} characters.`} error={problem}>
        {(props) => (
          <Input
            {...props}
            ref={input}
            value={name}
            onChange={(event) => {
              setName(event.target.value)
              setProblem(undefined)
            }}
            aria-required
            autoComplete="off"
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" variant="primary">
          Save name
        </Button>
        <Button size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
