const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** Counts what a person sees as characters (grapheme clusters), so 200 emoji are 200. */
export function visibleLength(text: string): number {
  let count = 0
  for (const _ of graphemes.segment(text)) count++
  return count
}
