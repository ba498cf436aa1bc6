import { MoreHorizontal } from 'lucide-react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { Button } from '../../../../components/ui/button'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from '../../../../components/ui/dropdown-menu'
import { rowActionsLabel } from './row-actions-cell'

/** The row's menu: what this key allows. */
export function RowActionsMenu({ apiKey, defaultOpen }: { apiKey: ApiKey; defaultOpen?: boolean }) {
  const label = rowActionsLabel(apiKey)
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={label}>
          <MoreHorizontal aria-hidden className="size-4" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent label={label}>
        <DropdownMenuItem onSelect={() => void navigator.clipboard?.writeText(apiKey.id)}>Copy ID</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
