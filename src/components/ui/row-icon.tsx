import '../../styles/row-icons.css'
import { cn } from './cn'

export type RowIconName = 'copy' | 'check' | 'ellipsis' | 'circle-check' | 'circle-pause' | 'ban' | 'clock' | 'circle-question-mark'

/** A decorative icon drawn by CSS (one element, no SVG tree): for things repeated on every table row. */
export function RowIcon({ name, className }: { name: RowIconName; className?: string }) {
  return <span aria-hidden className={cn('row-icon', `row-icon-${name}`, className ?? 'size-4')} />
}
