import { Trash2 } from 'lucide-react'
import { useRef } from 'react'
import { flushSync } from 'react-dom'
import { Button } from '../../../../components/ui/button'
import { Dialog, DialogBody, DialogClose, DialogContent, DialogFooter } from '../../../../components/ui/dialog'
import { useSavedViews } from '../../hooks/use-saved-views'
import { describeSavedQuery, type SavedView } from '../../model/saved-views'
import { deleteSavedView } from './saved-view-actions'

/** The saved views of this browser, each with what it shows and a Delete (undone from the toast). */
export function ManageViewsDialog({ onClose }: { onClose: () => void }) {
  const views = useSavedViews()
  const listRef = useRef<HTMLUListElement>(null)
  const doneRef = useRef<HTMLButtonElement>(null)

  const remove = (view: SavedView, index: number) => {
    // Rendered at once, so focus can move to the next view's Delete (or the one before), else to Done.
    flushSync(() => deleteSavedView(view))
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-delete]') ?? []
    ;(buttons[Math.min(index, buttons.length - 1)] ?? doneRef.current)?.focus()
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title="Saved views" description="Kept in this browser only. Deleting one does not change any key." size="md">
        <DialogBody>
          {views.length === 0 ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">No saved views left.</p>
          ) : (
            <ul ref={listRef} aria-label="Saved views" className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {views.map((view, index) => (
                <li key={view.id} className="flex items-start gap-3 py-2">
                  <div className="min-w-0 flex-1 [overflow-wrap:anywhere]">
                    <div className="text-sm font-medium">
                      <bdi>{view.name}</bdi>
                    </div>
                    <div className="text-xs text-zinc-600 dark:text-zinc-400">{describeSavedQuery(view.query)}</div>
                  </div>
                  <Button size="icon" variant="ghost" data-delete aria-label={`Delete the view ${view.name}`} onClick={() => remove(view, index)}>
                    <Trash2 aria-hidden className="size-4" />
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </DialogBody>
        <DialogFooter>
          <DialogClose asChild>
            <Button ref={doneRef}>Done</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}
