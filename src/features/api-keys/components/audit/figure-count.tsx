import { AppLink } from '../../../../components/ui/app-link'
import { formatCount, listHref } from './audit-links'
import type { Figure } from '../../model/audit-figures'

/** A figure's count as a link to exactly its keys, or a quiet placeholder while it is counted. */
export function FigureCount({ figure, count, label }: { figure: Figure; count: number | undefined; label: string }) {
  if (count === undefined) {
    return (
      <span className="text-zinc-400 dark:text-zinc-500" aria-label={`${label}: counting`}>
        …
      </span>
    )
  }
  return (
    <AppLink
      href={listHref(figure.link)}
      aria-label={`${label}: ${count === 1 ? '1 key' : `${formatCount(count)} keys`}`}
      className="font-medium tabular-nums text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
    >
      {formatCount(count)}
    </AppLink>
  )
}
