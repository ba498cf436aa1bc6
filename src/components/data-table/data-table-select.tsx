import { Checkbox } from '../ui/checkbox'

/** The page's select-all box: mixed while only some rows of the page are selected. */
export function DataTableSelectAll({ label, checked, onCheckedChange }: { label: string; checked: boolean | 'indeterminate'; onCheckedChange: (selected: boolean) => void }) {
  return <Checkbox aria-label={label} checked={checked} onCheckedChange={(next) => onCheckedChange(next === true)} />
}

/** One row's box; `onToggle` learns whether Shift was held (a range). */
export function DataTableSelectRow({ label, checked, onToggle }: { label: string; checked: boolean; onToggle: (shiftKey: boolean) => void }) {
  return <Checkbox aria-label={label} checked={checked} onCheckedChange={(_next, event) => onToggle(event.nativeEvent instanceof MouseEvent && event.nativeEvent.shiftKey)} />
}
