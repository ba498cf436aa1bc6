import { UNDO, type ToastStore } from '../../../../components/ui/toast-store'
import { navigateTo } from '../../../../hooks/use-location-search'
import { savedViews, writeSavedViews } from '../../hooks/use-saved-views'
import { deleteView, restoreView, type SavedView } from '../../model/saved-views'

/** Shows a view (a keys-page address without a page): its filters, sort and page size replace the current ones, from page 1. */
export function applyView(href: string): void {
  navigateTo(href, 'push')
}

export const STORAGE_REFUSED = 'This browser refused to store it: it lasts until you reload.'

/** Puts a deleted view back at `index`, unless it is back already or its name was taken meanwhile. */
export function undoDelete(view: SavedView, index: number): void {
  writeSavedViews(restoreView(savedViews(), view, index))
}

/** Deletes a saved view at once; returns where it was (for an Undo) and whether the browser stored the change. */
export function deleteSavedView(view: SavedView): { index: number; stored: boolean } {
  const before = savedViews()
  const index = before.findIndex((v) => v.id === view.id)
  if (index < 0) return { index: -1, stored: true }
  return { index, stored: writeSavedViews(deleteView(before, view.id)) }
}

/** Says a view was deleted, naming it, with Undo: once the dialog it was deleted in has closed (it says so itself while open). */
export function announceDeleted(toasts: ToastStore, view: SavedView, index: number, stored: boolean): void {
  toasts.success(
    <>
      Deleted the view “<bdi>{view.name}</bdi>”
    </>,
    {
      description: stored ? undefined : STORAGE_REFUSED,
      action: { label: UNDO, onClick: () => undoDelete(view, index) },
    },
  )
}

/** Says a view was saved, naming it. */
export function announceSaved(toasts: ToastStore, view: SavedView, replaced: boolean, stored: boolean): void {
  toasts.success(
    <>
      {replaced ? 'Replaced' : 'Saved'} the view “<bdi>{view.name}</bdi>”
    </>,
    { description: stored ? undefined : STORAGE_REFUSED },
  )
}
