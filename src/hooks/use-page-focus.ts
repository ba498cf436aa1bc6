import { useEffect, useRef } from 'react'
import { isShown } from '../lib/is-shown'
import { linksLike } from '../lib/links-like'
import { leftAt, leftFor } from './use-location-search'

// Focus is the document's: only what last held it is kept here (from the start), to tell a focus
// that fell to <body> because its element went from a first screen where nothing was focused yet.
let lastFocused: WeakRef<Element> | null = null
if (typeof document !== 'undefined') {
  document.addEventListener('focusin', (event) => {
    if (event.target instanceof Element) lastFocused = new WeakRef(event.target)
  })
}

/**
 * The link on this page to the page its history entry was left for (Back from a key's page: that
 * key's row). When it is gone (the key was deleted there, or no longer matches the list), the link
 * now where it stood: the page comes back scrolled to that place, and the focus was on the heading,
 * out of sight, a keyboard's next Tab far from what the screen showed.
 */
function returnLink(): HTMLElement | null {
  const left = leftFor()
  if (left === null) return null
  const links = linksLike(left).filter(isShown)
  const at = leftAt()
  return links.find((link) => link.getAttribute('href') === left) ?? (at === null ? null : (links[Math.min(at, links.length - 1)] ?? null))
}

/** The page's heading when it takes the focus (tabindex="-1"), else the main region. */
function headingOrMain(headingId: string): HTMLElement | null {
  const heading = document.getElementById(headingId)
  return heading?.hasAttribute('tabindex') ? heading : document.getElementById('main')
}

/**
 * Nothing of the page holds the focus: it fell to <body> because the element that held it went, or
 * rests on the main region (where the palette leaves it). Before anything was focused: `onLoad`.
 */
function focusIsLost(onLoad: boolean): boolean {
  const active = document.activeElement
  if (active && active !== document.body) return active.id === 'main' || !active.isConnected
  if (lastFocused === null) return onLoad
  return lastFocused.deref()?.isConnected !== true
}

/**
 * The focus is on the header's link to the page shown: it was followed (Keys, Audit), and stayed
 * behind in the header while the page changed, where a key's link or the palette moves it onto the page.
 */
function onLinkHere(): boolean {
  const active = document.activeElement
  return active instanceof HTMLAnchorElement && active.getAttribute('aria-current') === 'page' && active.closest('nav[aria-label="Pages"]') !== null
}

/**
 * Each time a page is shown (another page, or this one in another state: `shown` says which), focus
 * moves to it, unless the user is somewhere already: to the link that led away from it when the user
 * comes back (it may come with the rows, so it may take over from the heading), else to its heading.
 * `onLoad`: on the document's first screen too, before anything was focused; otherwise that screen
 * keeps the browser's own start (the skip link first).
 */
export function usePageFocus(headingId: string, shown: string, { onLoad = false }: { onLoad?: boolean } = {}): void {
  const focusedFor = useRef<string | null>(null)
  useEffect(() => {
    if (focusedFor.current === shown) return
    // The page has just come (not the same page in another state).
    const arriving = focusedFor.current === null
    focusedFor.current = shown
    const back = returnLink()
    const onHeading = document.activeElement !== null && document.activeElement.id === headingId
    if (!focusIsLost(onLoad) && !(back && onHeading) && !(arriving && onLinkHere())) return
    // The link where it stands (scrolled to if need be); the heading without moving the page.
    if (back) back.focus()
    else headingOrMain(headingId)?.focus({ preventScroll: true })
  }, [headingId, onLoad, shown])
}
