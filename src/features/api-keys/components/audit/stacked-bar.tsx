import { navigateTo } from '../../../../hooks/use-location-search'

export interface BarSegment {
  readonly key: string
  readonly count: number
  /** What the segment is, for its tooltip: "Production, used in the last 24 h". */
  readonly title: string
  readonly fill: string
  readonly href: string
}

// Narrower segments leave their count to the table: a label would not fit.
const LABEL_MIN_SHARE = 0.07

/**
 * One horizontal bar of segments in proportion to their counts, drawn in SVG in percentages so it
 * fits any width. It is a picture: the table beside it carries the same figures and links for
 * screen readers and keyboards, so it is hidden from them; a click on a segment opens its keys.
 */
export function StackedBar({ segments, label }: { segments: readonly BarSegment[]; label: string }) {
  const total = segments.reduce((sum, segment) => sum + segment.count, 0)
  // Where each segment starts, as a share of the bar: the counts before it.
  const starts = segments.map((_, i) => segments.slice(0, i).reduce((sum, segment) => sum + segment.count, 0) / Math.max(total, 1))
  return (
    <svg aria-hidden data-chart={label} className="block h-7 w-full overflow-visible" role="presentation">
      {total === 0 && <rect x="0" y="0" width="100%" height="100%" rx="4" className="fill-zinc-100 dark:fill-zinc-800" />}
      {segments.map((segment, i) => {
        const share = total === 0 ? 0 : segment.count / total
        const x = starts[i] ?? 0
        if (share === 0) return null
        return (
          <g key={segment.key} className="cursor-pointer" onClick={() => navigateTo(segment.href)}>
            <title>{`${segment.title}: ${segment.count}`}</title>
            <rect x={`${x * 100}%`} y="0" width={`${share * 100}%`} height="100%" className={segment.fill} />
            {share >= LABEL_MIN_SHARE && (
              <text x={`${(x + share / 2) * 100}%`} y="50%" dy="0.35em" textAnchor="middle" className="fill-zinc-950 text-xs font-medium tabular-nums">
                {segment.count}
              </text>
            )}
          </g>
        )
      })}
    </svg>
  )
}
