import type { Span } from '../../model/audit-figures'

/**
 * Each span of last use: its words, a short form for narrow tables, and its colour. Light fills in
 * both themes, so the dark count drawn on them reads in either. A swatch keeps its colour in forced
 * colours (Windows High Contrast), as the bars' fills do: it is what ties a bar's part to its words.
 */
export const SPANS: Record<Span, { label: string; short: string; fill: string; swatch: string }> = {
  used_24h: { label: 'Used in the last 24 h', short: '24 h', fill: 'fill-emerald-400', swatch: 'bg-emerald-400 forced-color-adjust-none' },
  used_1_30d: { label: 'Used 1–30 days ago', short: '1–30 d', fill: 'fill-sky-400', swatch: 'bg-sky-400 forced-color-adjust-none' },
  used_30_90d: { label: 'Used 30–90 days ago', short: '30–90 d', fill: 'fill-amber-300', swatch: 'bg-amber-300 forced-color-adjust-none' },
  used_over_90d: { label: 'Used over 90 days ago', short: '90+ d', fill: 'fill-orange-400', swatch: 'bg-orange-400 forced-color-adjust-none' },
  never: { label: 'Never used', short: 'Never', fill: 'fill-zinc-300', swatch: 'bg-zinc-300 forced-color-adjust-none' },
}
