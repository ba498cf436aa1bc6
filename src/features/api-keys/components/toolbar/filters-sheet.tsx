import { useRef } from 'react'
import { Button } from '../../../../components/ui/button'
import { Dialog, DialogBody, DialogClose, DialogContent, DialogFooter } from '../../../../components/ui/dialog'
import { Icon } from '../../../../components/ui/icon'
import { useSwipeDownToClose } from '../../../../components/ui/swipe-down-to-close'
import { activeFilterCount, type ListView } from '../../model/list-view'
import { ColumnFilters, type FilterColumn } from './column-filters'
import { keysText } from '../../model/labels'
import type { ListState } from '../../api/list-state'
import { ReadingProgress } from '../list-reading'

export interface FiltersSheetProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  view: ListView
  filters: readonly FilterColumn[]
  /** `replace`: the sheet's later choices rewrite the history entry its first one made. */
  onChange: (change: Partial<ListView>, mode?: 'push' | 'replace') => void
  /** How many keys the list shows now, when known: the sheet's button says what closing it shows. */
  total: number | null
  /** The browser reading every key for the view chosen: shown in the sheet, which covers the list's own progress. */
  reading?: ListState['reading']
}

/**
 * The phone's column filters, in a bottom sheet. Each choice applies at once (the list behind
 * follows), so closing it never loses one; "Clear filters" clears only what the sheet holds.
 * A swipe down from its top closes it, as a phone's own sheets close; the grabber says so. A visit
 * to the sheet is one step in the history, however many filters it changed: Back goes to the list
 * as it was before the sheet (it took a Back per tap).
 */
export function FiltersSheet({ open, onOpenChange, view, filters, onChange: change, total, reading = null }: FiltersSheetProps) {
  const active = activeFilterCount(view)
  const changed = useRef(false)
  const onChange = (next: Partial<ListView>) => {
    change(next, changed.current ? 'replace' : 'push')
    changed.current = true
  }
  const swipe = useSwipeDownToClose(() => onOpenChange(false))
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent {...swipe} placement="sheet" outsidePress="close" title="Filters" description={active === 0 ? 'Every key is shown.' : `${active} ${active === 1 ? 'filter narrows' : 'filters narrow'} the list.`}>
        <span aria-hidden="true" className="absolute top-2 left-1/2 h-1 w-9 -translate-x-1/2 rounded-full bg-zinc-300 dark:bg-zinc-600" />
        <DialogBody className="flex flex-col items-start gap-3">
          {reading && (
            <div className="w-full">
              <ReadingProgress read={reading.read} expected={reading.expected} onCancel={reading.cancel} />
            </div>
          )}
          <ColumnFilters columns={filters} view={view} onChange={onChange} />
        </DialogBody>
        <DialogFooter>
          {/* Always there, unavailable with nothing to clear: gone, it dropped the focus it had and moved the sheet's top. */}
          <Button
            variant="ghost"
            className="justify-center"
            aria-disabled={active === 0 || undefined}
            onClick={() => active > 0 && onChange(Object.assign({ createdOver: null }, ...filters.map(({ filter }) => filter.change([]))))}
          >
            <Icon name="rotate-ccw" className="size-3.5" />
            Clear filters
          </Button>
          <DialogClose asChild>
            <Button variant="primary" className="justify-center">{total === null ? 'Show keys' : `Show ${keysText(total)}`}</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}
