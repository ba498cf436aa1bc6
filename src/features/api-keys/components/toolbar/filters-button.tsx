import { useState } from 'react'
import { Button } from '../../../../components/ui/button'
import { Icon } from '../../../../components/ui/icon'
import { lazyPart } from '../../../../components/ui/lazy-boundary'
import { activeFilterCount } from '../../model/list-view'
import type { FiltersSheetProps } from './filters-sheet'

// The sheet (and the dialog parts it draws) loads when a phone first opens it, not with the page.
const FiltersSheet = lazyPart(() => import('./filters-sheet'), (m) => m.FiltersSheet, 'the filters', { dismiss: (props) => () => props.onOpenChange(false) })
export const preloadFiltersSheet = FiltersSheet.preload

/**
 * On a phone (≤ 640 px, or on its side) the column filters sit behind this button, which says how many narrow the
 * list; wider screens show them in the toolbar and never this.
 */
export function FiltersButton(props: Omit<FiltersSheetProps, 'open' | 'onOpenChange'>) {
  const [open, setOpen] = useState(false)
  const active = activeFilterCount(props.view)
  return (
    <>
      <Button size="sm" className="not-sheet-filters:hidden" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)}>
        <Icon name="list-filter" className="size-3.5" />
        Filters
        {active > 0 && (
          <span className="rounded-full bg-indigo-600 px-1.5 text-xs leading-5 font-semibold text-white dark:bg-indigo-400 dark:text-zinc-950">
            {active}
            <span className="sr-only"> active</span>
          </span>
        )}
      </Button>
      {open && <FiltersSheet {...props} open onOpenChange={setOpen} />}
    </>
  )
}
