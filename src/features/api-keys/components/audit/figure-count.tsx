import { AppLink } from '../../../../components/ui/app-link'
import type { Figure } from '../../model/audit-figures'
import { ExportButton } from '../export/export-button'
import { formatCount, keysText, listHref } from '../../model/audit-links'

/** A figure's count as a link (a 24 px touch target at least, WCAG 2.5.8) to exactly its keys, and a way to export them; a quiet placeholder of the same size while it is counted. */
export function FigureCount({ figure, count, label }: { figure: Figure; count: number | undefined; label: string }) {
  if (count === undefined) {
    return (
      // The box the count and its export button will fill (a link and a 32 px button), so nothing moves when they come. Both are
      // blocks: an inline box would sit on the text's baseline, and the line's height would depend on what it holds.
      <span className="flex min-h-8 min-w-[3.625rem] items-center justify-end text-zinc-500 dark:text-zinc-400" aria-label={`${label}: counting`}>
        …
      </span>
    )
  }
  return (
    <span className="flex items-center justify-end gap-0.5">
      <AppLink
        href={listHref(figure.link)}
        aria-label={`${label}: ${keysText(count)}`}
        className="inline-flex min-h-6 min-w-6 items-center justify-end font-medium tabular-nums text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
      >
        {formatCount(count)}
      </AppLink>
      <ExportButton view={figure.link} count={count} label="" ariaLabel={`Export ${label}`} variant="ghost" size="icon" className="size-6 print:hidden" />
    </span>
  )
}
