import type { IconName } from './icon-names'

/**
 * Has the browser read icons before a part that shows them opens. An icon is an SVG image drawn by
 * CSS, and Chromium parses each one the first time an element using it is styled, inside that
 * style pass: five new icons made the Create dialog's first frame about twice as slow. Held for
 * two frames in an invisible box, then removed; the images stay in the browser's memory cache.
 */
export function warmIcons(names: readonly IconName[]): void {
  const holder = document.createElement('div')
  holder.setAttribute('aria-hidden', 'true')
  holder.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;overflow:hidden;opacity:0;pointer-events:none'
  for (const name of names) {
    const icon = document.createElement('span')
    icon.className = `icon icon-${name}`
    holder.append(icon)
  }
  document.body.append(holder)
  requestAnimationFrame(() => requestAnimationFrame(() => holder.remove()))
}
