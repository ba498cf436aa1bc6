import { Icon } from '../../../components/ui/icon'
import { formatCount } from '../../../lib/intl'

/** The words of the notice, apart so they read right for one key and for several. */
export function rowsWithoutIdMessage(count: number): string {
  return count === 1
    ? 'The server sent 1 key without an ID; it cannot be shown or changed here.'
    : `The server sent ${formatCount(count)} keys without an ID; they cannot be shown or changed here.`
}

/** Says that rows were left out of the page, rather than letting them vanish; nothing when there were none. */
export function RowsWithoutIdNotice({ count }: { count: number }) {
  if (count <= 0) return null
  return (
    <div role="status" className="flex items-start gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100">
      <Icon name="info" className="mt-0.5 size-4 shrink-0" />
      <p className="flex-1">{rowsWithoutIdMessage(count)}</p>
    </div>
  )
}
