import { UNDO, type ToastStore } from '../../../../components/ui/toast-store'
import { navigateTo } from '../../../../hooks/use-location-search'
import { savedViews, writeSavedViews } from '../../hooks/use-saved-views'
import { deleteView, restoreView, type SavedView } from '../../model/saved-views'

/** Shows a view (a keys-page address without a page): its filters, sort and page size replace the current ones, from page 1. */
export function applyView(href: string): void {
  navigateTo(href, 'push')
}

const STORAGE_REFUSED = 'This browser refused to store it: it lasts until you reload.'

/** Puts a deleted view back at `index`, unless it is back already or its name was taken meanwhile. */
export function undoDelete(view: SavedView, index: number): void {
  writeSavedViews(restoreView(savedViews(), view, index))
}

/**
 * Deletes a saved view at once; the toast names it and offers Undo. Returns where it was and the
 * toast, for an Undo elsewhere (which then takes the toast's away: it would have nothing left to undo).
 */
export function deleteSavedView(toasts: ToastStore, view: SavedView): { index: number; toast: number | null } {
  const before = savedViews()
  const index = before.findIndex((v) => v.id === view.id)
  if (index < 0) return { index: -1, toast: null }
  const stored = writeSavedViews(deleteView(before, view.id))
  const toast = toasts.success(
    <>
      Deleted the view “<bdi>{view.name}</bdi>”
    </>,
    {
      description: stored ? undefined : STORAGE_REFUSED,
      action: { label: UNDO, onClick: () => undoDelete(view, index) },
    },
  )
  return { index, toast }
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
