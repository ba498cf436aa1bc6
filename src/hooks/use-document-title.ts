import { useEffect } from 'react'

/** A page's title in the tab and history, most particular first: `pageTitle('Audit')` is "Audit · Coval" (WCAG 2.4.2). */
export function pageTitle(...parts: readonly string[]): string {
  return [...parts, 'Coval'].join(' · ')
}

/** Names the document after the page shown; each page sets its own, so a client-side navigation renames the tab. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title
  }, [title])
}
