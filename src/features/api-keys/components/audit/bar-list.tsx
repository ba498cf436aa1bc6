import { memo } from 'react'
import type { Figure } from '../../model/audit-figures'
import { FigureCount } from './figure-count'

export interface BarItem {
  readonly figure: Figure
  readonly label: string
}

/**
 * Figures side by side as labelled bars (SVG, in proportion to the largest), each count a link. The rows share one grid
 * (subgrid), so a group's bars start and end at the same x; the count has a column of its own, wide enough for "9,999" and
 * its export button on one line (at 4.75 rem "5,619"'s button went a line below "853"'s), so a count never reaches into a bar.
 * Fixed, not sized to the counts: the bars would move as the counts arrive. On a phone under larger text (200 %) the label wraps and the bar
 * narrows, rather than the list running past the screen's edge. Memoised: the audit re-renders as each count arrives.
 */
export const BarList = memo(function BarList({ items, counts, name }: { items: readonly BarItem[]; counts: ReadonlyMap<string, number>; name: string }) {
  const largest = Math.max(1, ...items.map(({ figure }) => counts.get(figure.id) ?? 0))
  return (
    <ul aria-label={name} className="grid grid-cols-[minmax(min(5.5rem,35%),max-content)_minmax(0,1fr)_minmax(min-content,4.25rem)] gap-x-2 gap-y-2 text-sm sm:grid-cols-[minmax(5.5rem,max-content)_minmax(2.5rem,1fr)_5.25rem] sm:gap-x-3">
      {items.map(({ figure, label }) => {
        const count = counts.get(figure.id)
        return (
          <li key={figure.id} className="col-span-full grid grid-cols-subgrid items-center">
            <span>{label}</span>
            <svg aria-hidden className="block h-4 w-full">
              <rect x="0" y="0" width="100%" height="100%" rx="3" className="fill-zinc-100 dark:fill-zinc-800" />
              <rect x="0" y="0" width={`${((count ?? 0) / largest) * 100}%`} height="100%" rx="3" className="fill-indigo-400" />
            </svg>
            <span className="text-right">
              <FigureCount figure={figure} count={count} label={label} />
            </span>
          </li>
        )
      })}
    </ul>
  )
})
