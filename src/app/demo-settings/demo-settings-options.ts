import type { RadioCardOption } from '../../components/ui/radio-cards'
import type { MockDialect } from '../../mocks/dialect'
import { MAX_SEED_COUNT } from '../../mocks/limits'
import { formatCount } from '../../lib/intl'

/** What each server the demo can play does, in one line, likeliest first. */
export const DIALECT_OPTIONS: RadioCardOption<MockDialect>[] = [
  { value: 'coval', label: 'Coval (likely)', description: 'Filters by environment and by Coval’s filter syntax; sorts by one column.' },
  { value: 'documented', label: 'Documented only', description: 'Filters by status only, newest keys first; the dashboard does the rest in the browser.' },
  { value: 'aip160', label: 'Full AIP-160', description: 'Filters by environment and by the whole AIP-160 syntax (NOT, parentheses, “:”); sorts by several columns.' },
]

export const SEED_PRESETS = [320, 1_000, 10_000] as const
export type SizeChoice = `${(typeof SEED_PRESETS)[number]}` | 'other'

export const SIZE_OPTIONS: RadioCardOption<SizeChoice>[] = [
  ...SEED_PRESETS.map((n) => ({ value: `${n}` as const, label: `${formatCount(n)} keys` })),
  { value: 'other', label: 'Another number', description: `0 to ${formatCount(MAX_SEED_COUNT)}` },
]

export function sizeChoiceOf(seedCount: number): SizeChoice {
  const preset = SEED_PRESETS.find((n) => n === seedCount)
  return preset === undefined ? 'other' : `${preset}`
}

/** The number typed, or null when it is not a whole number from 0 to the limit; "10,000" reads as 10000. */
export function parseSeedCount(text: string): number | null {
  const digits = text.replace(/[\s,_]/g, '')
  if (!/^\d{1,6}$/.test(digits)) return null
  const value = Number(digits)
  return value <= MAX_SEED_COUNT ? value : null
}

