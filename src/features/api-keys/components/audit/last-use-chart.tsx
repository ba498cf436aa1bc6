import { memo } from 'react'
import { LAST_USED_SPANS } from '../../model/list-view'
import { ENVIRONMENT_LABELS } from '../../model/labels'
import type { Environment } from '../../../../api/enums'
import type { AuditFigures } from '../../model/audit-figures'
import { listHref } from '../../model/audit-links'
import { FigureCount } from './figure-count'
import { SPANS } from './span-styles'
import { StackedBar } from './stacked-bar'

// Narrow screens: short column heads on screen, the full names for screen readers.
const SHORT: Record<Environment, string> = { PRODUCTION: 'Prod', STAGING: 'Stage', DEVELOPMENT: 'Dev' }

/** Last use by environment: a stacked bar per environment, and the same figures as a table of links. Memoised, as BarList. */
export const LastUseChart = memo(function LastUseChart({ figures, counts }: { figures: AuditFigures['lastUse']; counts: ReadonlyMap<string, number> }) {
  return (
    <div className="space-y-4">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400" aria-label="Legend">
        {LAST_USED_SPANS.map((span) => (
          <li key={span} className="flex items-center gap-1.5">
            <span aria-hidden className={`size-3 rounded-sm ${SPANS[span].swatch}`} />
            {SPANS[span].label}
          </li>
        ))}
      </ul>
      {/* One grid for the three bars (subgrid rows): they start where the longest name ends, and no name runs into its bar.
          Hidden from assistive technology with its bars: the table below says it all, and its names alone were read
          as a stray line, "Production Staging Development". */}
      <div aria-hidden className="grid grid-cols-[max-content_1fr] gap-x-2 gap-y-3 text-sm sm:grid-cols-[minmax(6.5rem,max-content)_1fr] sm:gap-x-3">
        {figures.map(({ environment, spans }) => (
          <div key={environment} className="col-span-full grid grid-cols-subgrid items-center">
            <span className="font-medium">{ENVIRONMENT_LABELS[environment]}</span>
            <StackedBar
              label={`Last use, ${ENVIRONMENT_LABELS[environment]}`}
              segments={spans.map((figure) => ({
                key: figure.span,
                count: counts.get(figure.id) ?? 0,
                title: `${ENVIRONMENT_LABELS[environment]}, ${SPANS[figure.span].label.toLowerCase()}`,
                fill: SPANS[figure.span].fill,
                href: listHref(figure.link),
              }))}
            />
          </div>
        ))}
      </div>
      {/* Phones: tight cells and 24 px export buttons (FigureCount), so three columns of three-digit counts fit 320 px. */}
      {/* Larger text (200 %) can make it wider than a phone: it scrolls in its own box, never the page (relative: its
          screen-reader-only headers are absolute, and would reach past the box to the page). */}
      <div className="relative overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Keys by last use and environment</caption>
          <thead className="text-xs text-zinc-600 dark:text-zinc-400">
            <tr>
              <th scope="col" className="py-1.5 pr-1 font-medium sm:pr-2">
                Last used
              </th>
              {figures.map(({ environment }) => (
                <th key={environment} scope="col" className="px-1 py-1.5 text-right font-medium sm:px-2">
                  <span aria-hidden className="sm:hidden">
                    {SHORT[environment]}
                  </span>
                  <span className="max-sm:sr-only">{ENVIRONMENT_LABELS[environment]}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {LAST_USED_SPANS.map((span, row) => (
              <tr key={span}>
                <th scope="row" className="py-1.5 pr-1 font-normal sm:pr-2">
                  <span className="flex items-center gap-1.5">
                    <span aria-hidden className={`size-2.5 shrink-0 rounded-sm ${SPANS[span].swatch}`} />
                    <span className="whitespace-nowrap sm:hidden">{SPANS[span].short}</span>
                    <span className="max-sm:hidden">{SPANS[span].label}</span>
                  </span>
                </th>
                {figures.map(({ environment, spans }) => {
                  const figure = spans[row]
                  if (!figure) return null
                  return (
                    <td key={environment} className="px-1 py-1.5 text-right sm:px-2">
                      <FigureCount figure={figure} count={counts.get(figure.id)} label={`${ENVIRONMENT_LABELS[environment]}, ${SPANS[span].label.toLowerCase()}`} />
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
})
