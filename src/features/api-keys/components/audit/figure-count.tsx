import { AppLink } from '../../../../components/ui/app-link'
import type { Figure } from '../../model/audit-figures'
import { ExportButton } from '../export/export-button'
import { formatCount } from '../../../../lib/intl'
import { listHref } from '../../model/audit-links'
import { keysText } from '../../model/labels'

// To a finger (a touch screen) each reaches past what is drawn, as a key page's copy buttons do: 36 px
// tall (a table row's pitch), the count 8 px out on its left, the button 4 px on its right (a cell's
// padding: further, it reached past the table's scrolling box, which then scrolled sideways at 320 px);
// between the two, each takes half the 6 px gap.
// They were 24 × 24, 6 px apart, on a page whose most likely tap is a count.
const FINGER_LINK = "pointer-coarse:before:absolute pointer-coarse:before:inset-y-[-6px] pointer-coarse:before:left-[-8px] pointer-coarse:before:right-[-3px] pointer-coarse:before:content-['']"
const FINGER_BUTTON = "pointer-coarse:before:absolute pointer-coarse:before:inset-y-[-6px] pointer-coarse:before:left-[-3px] pointer-coarse:before:right-[-4px] pointer-coarse:before:content-['']"

/**
 * A figure's count as a link (a 24 px touch target at least, WCAG 2.5.8) to exactly its keys, and a way to export them; a quiet
 * placeholder of the same size while it is counted. The export button is 24 px on phones (32 px from `sm`), so a row of three
 * fits a 320 px screen; a count too wide for its cell puts the button on a line of its own rather than spill out of it.
 */
export function FigureCount({ figure, count, label }: { figure: Figure; count: number | undefined; label: string }) {
  if (count === undefined) {
    return (
      // The box the count and its export button will fill (a 24 px link and the button), so nothing moves when they come. Both are
      // blocks: an inline box would sit on the text's baseline, and the line's height would depend on what it holds.
      <span className="flex min-h-6 min-w-[3.125rem] items-center justify-end text-zinc-500 sm:min-h-8 sm:min-w-[3.625rem] dark:text-zinc-400" aria-label={`${label}: counting`}>
        …
      </span>
    )
  }
  return (
    // 6 px between the count and its button: at 2 px a tap just right of the count exported its keys instead.
    <span className="flex flex-wrap items-center justify-end gap-1.5">
      <AppLink
        href={listHref(figure.link)}
        aria-label={`${label}: ${keysText(count)}`}
        className={`relative inline-flex min-h-6 min-w-6 items-center justify-end font-medium tabular-nums text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300 ${FINGER_LINK}`}
      >
        {formatCount(count)}
      </AppLink>
      {/* max-sm: comes after the button's own size-8 in the stylesheet, so it wins on phones. */}
      <ExportButton view={figure.link} count={count} label="" ariaLabel={`Export ${label}`} variant="ghost" size="icon" className={`relative max-sm:size-6 print:hidden ${FINGER_BUTTON}`} />
    </span>
  )
}
