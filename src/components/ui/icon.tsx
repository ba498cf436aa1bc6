import { cn } from './cn'
import type { BoldIconName, IconName } from './icon-names'

export type { IconName } from './icon-names'

type IconProps = { className?: string } & ({ name: IconName; strokeWidth?: 2 } | { name: BoldIconName; strokeWidth: 3 })

/**
 * A decorative icon (lucide's shapes, drawn by CSS): one <span> instead of an SVG tree, so a table of
 * 100 rows stays cheap. Colour is the text's (currentColor), size a class (`size-4`), lucide's 24 px without one.
 * Always aria-hidden: the control or text beside it carries the meaning. New names: scripts/gen-icons.mjs.
 */
export function Icon({ name, strokeWidth, className }: IconProps) {
  return <span aria-hidden className={cn('icon', `icon-${name}`, strokeWidth === 3 && 'icon-bold', className)} />
}
