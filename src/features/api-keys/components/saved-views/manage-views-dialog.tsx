import { Icon } from '../../../../components/ui/icon'
import { useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { Button } from '../../../../components/ui/button'
import { Dialog, DialogBody, DialogClose, DialogContent, DialogFooter } from '../../../../components/ui/dialog'
import { useToasts } from '../../../../components/ui/toast-store'
import { savedViews, useSavedViews } from '../../hooks/use-saved-views'
import { describeSavedQuery, type SavedView } from '../../model/saved-views'
import { RenameViewForm } from './rename-view-form'
import { announceDeleted, deleteSavedView, STORAGE_REFUSED, undoDelete } from './saved-view-actions'

interface Deletion {
  view: SavedView
  index: number
  stored: boolean
}

/**
 * The saved views of this browser, each with what it shows and a Delete. While it is open the dialog
 * says what it deleted, with its own Undo (a toast's would sit behind it, and say it a second time);
 * once it closes, each deletion still standing gets its toast, with Undo.
 */
export function ManageViewsDialog({ onClose }: { onClose: () => void }) {
  const views = useSavedViews()
  const listRef = useRef<HTMLUListElement>(null)
  const doneRef = useRef<HTMLButtonElement>(null)
  const undoRef = useRef<HTMLButtonElement>(null)
  const toasts = useToasts()
  // Every deletion not undone, oldest first; and the one the dialog says, with its Undo (none once undone).
  const [deletions, setDeletions] = useState<readonly Deletion[]>([])
  const [deleted, setDeleted] = useState<Deletion | null>(null)
  // The view whose name is being changed (one at a time), and what the last rename did.
  const [renaming, setRenaming] = useState<string | null>(null)
  const [renamed, setRenamed] = useState<{ from: string; view: SavedView; stored: boolean } | null>(null)
  const focusRename = (id: string) => listRef.current?.querySelector<HTMLButtonElement>(`button[data-rename="${CSS.escape(id)}"]`)?.focus()
  const stopRenaming = (id: string) => {
    flushSync(() => setRenaming(null))
    focusRename(id)
  }

  const remove = (view: SavedView) => {
    // Rendered at once, so focus can move to the next view's Delete (or the one before), else to Done.
    let index = -1
    flushSync(() => {
      const done = deleteSavedView(view)
      index = done.index
      if (done.index < 0) return
      const deletion = { view, ...done }
      setDeletions((before) => [...before, deletion])
      setDeleted(deletion)
      setRenamed(null)
    })
    // The last view gone, its Undo: what someone who tapped Delete by mistake needs (Done, past it, closed the way back).
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-delete]') ?? []
    ;(buttons[Math.min(index, buttons.length - 1)] ?? undoRef.current ?? doneRef.current)?.focus()
  }

  const shownDeletion = deleted && !views.some((v) => v.id === deleted.view.id) ? deleted : null

  const close = () => {
    // Another tab may have put a view back meanwhile: only a deletion that still stands is said.
    const now = savedViews()
    for (const { view, index, stored } of deletions) if (!now.some((v) => v.id === view.id)) announceDeleted(toasts, view, index, stored)
    onClose()
  }

  return (
    <Dialog open onOpenChange={(open) => !open && close()}>
      <DialogContent
        title="Saved views"
        description="Kept in this browser only. Renaming or deleting one does not change any key."
        size="md"
        onEscapeKeyDown={(event) => {
          // Escape in a name being changed leaves the name, not the dialog.
          if (renaming === null) return
          event.preventDefault()
          stopRenaming(renaming)
        }}
      >
        <DialogBody>
          {views.length === 0 ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">No saved views left.</p>
          ) : (
            <ul ref={listRef} aria-label="Saved views" className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {views.map((view) => (
                <li key={view.id} className="flex items-start gap-2 py-2">
                  {renaming === view.id ? (
                    <RenameViewForm
                      view={view}
                      onCancel={() => stopRenaming(view.id)}
                      onRenamed={(next, stored) => {
                        setRenamed({ from: view.name, view: next, stored })
                        setDeleted(null)
                        stopRenaming(view.id)
                      }}
                    />
                  ) : (
                    <>
                      <div className="min-w-0 flex-1 [overflow-wrap:anywhere]">
                        <div className="text-sm font-medium">
                          <bdi>{view.name}</bdi>
                        </div>
                        <div className="text-xs text-zinc-600 dark:text-zinc-400">{describeSavedQuery(view.query)}</div>
                      </div>
                      <Button size="sm" variant="ghost" data-rename={view.id} aria-label={`Rename the view ${view.name}`} onClick={() => setRenaming(view.id)}>
                        Rename
                      </Button>
                      <Button size="icon" variant="ghost" data-delete aria-label={`Delete the view ${view.name}`} onClick={() => remove(view)}>
                        <Icon name="trash-2" className="size-4" />
                      </Button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          {/* The words alone are the live region: its Undo is not read as part of the sentence (as every notice here). */}
          <div className="mt-3 flex flex-wrap items-center gap-2 text-sm empty:hidden">
            <p role="status" className="[overflow-wrap:anywhere] empty:hidden">
              {renamed && (
                <>
                  Renamed the view “<bdi>{renamed.from}</bdi>” to “<bdi>{renamed.view.name}</bdi>”.{renamed.stored ? '' : ` ${STORAGE_REFUSED}`}
                </>
              )}
              {shownDeletion && (
                <>
                  Deleted the view “<bdi>{shownDeletion.view.name}</bdi>”.{shownDeletion.stored ? '' : ` ${STORAGE_REFUSED}`}
                </>
              )}
            </p>
            {shownDeletion && (
              <Button
                ref={undoRef}
                size="sm"
                onClick={() => {
                  flushSync(() => {
                    undoDelete(shownDeletion.view, shownDeletion.index)
                    setDeletions((before) => before.filter((d) => d !== shownDeletion))
                    setDeleted(null)
                  })
                  // Back on the view that came back, as the Undo button has gone.
                  listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-delete]')[shownDeletion.index]?.focus()
                }}
              >
                Undo
              </Button>
            )}
          </div>
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
