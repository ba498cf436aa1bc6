import { DropdownMenu, DropdownMenuCheckboxItem, DropdownMenuContent, DropdownMenuLabel, DropdownMenuTrigger } from '../ui/dropdown-menu'
import { DeferredTrigger } from '../ui/deferred-menu'

export interface ColumnOption {
  id: string
  label: string
  visible: boolean
  setVisible: (visible: boolean) => void
}

export function DataTableViewOptionsMenu({ columns, defaultOpen }: { columns: readonly ColumnOption[]; defaultOpen?: boolean }) {
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>
        <DeferredTrigger />
      </DropdownMenuTrigger>
      <DropdownMenuContent label="Columns">
        <DropdownMenuLabel>Show columns</DropdownMenuLabel>
        {columns.map((column) => (
          <DropdownMenuCheckboxItem
            key={column.id}
            checked={column.visible}
            onCheckedChange={(checked) => column.setVisible(checked)}
            // Keep the menu open to toggle several columns in a row.
            onSelect={(event) => event.preventDefault()}
          >
            {column.label}
          </DropdownMenuCheckboxItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
