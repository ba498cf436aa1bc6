import type { ComponentPropsWithRef, MouseEvent } from 'react'
import { navigateTo } from '../../hooks/use-location-search'

/**
 * A link to a page of this app: a plain click goes there without a reload; a click with a
 * modifier (new tab, new window) or another button is the browser's, as for any link.
 * `rememberFrom`: the page it leaves is kept in history, for the next page's Back link.
 */
/** A plain left click: one the app may handle; any other (new tab, new window) is the browser's. */
export function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
}

export function AppLink({ href, onClick, children, rememberFrom = false, ...props }: ComponentPropsWithRef<'a'> & { href: string; rememberFrom?: boolean }) {
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (!isPlainClick(event)) return
    event.preventDefault()
    navigateTo(href, 'push', rememberFrom)
    window.scrollTo({ top: 0 })
  }
  return (
    <a href={href} onClick={go} {...props}>
      {children}
    </a>
  )
}
