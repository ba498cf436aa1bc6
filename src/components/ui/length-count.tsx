import { formatCount } from '../../lib/intl'
import { cn } from './cn'

/** A field's "29 / 2,000" (heard as "29 / 2,000 characters"), in red once past the limit. */
export function LengthCount({ length, max }: { length: number; max: number }) {
  return (
    <span className={cn(length > max && 'font-medium text-red-700 dark:text-red-400')}>
      {formatCount(length)} / {formatCount(max)}
      <span className="sr-only"> characters</span>
    </span>
  )
}
