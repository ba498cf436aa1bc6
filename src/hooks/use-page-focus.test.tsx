import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { usePageFocus } from './use-page-focus'

function Page({ shown = 'page', links = [], onLoad, focusable = true }: { shown?: string; links?: string[]; onLoad?: boolean; focusable?: boolean }) {
  usePageFocus('page-heading', shown, { onLoad })
  return (
    <>
      <h1 id="page-heading" tabIndex={focusable ? -1 : undefined}>
        A page
      </h1>
      {links.map((href) => (
        <a key={href} href={href}>
          {href}
        </a>
      ))}
    </>
  )
}

/** The shell: a button on the page before, the page after (as a navigation swaps them). */
function Shell({ page, children }: { page: boolean; children: React.ReactNode }) {
  return (
    <main id="main" tabIndex={-1}>
      {page ? children : <button type="button">Open</button>}
      <input aria-label="Elsewhere" />
    </main>
  )
}

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

describe('usePageFocus', () => {
  // First, while nothing in this document has had the focus yet.
  it('leaves a first screen alone, unless the page asks to take it on load', () => {
    const { unmount } = render(<Page />)
    expect(document.activeElement).toBe(document.body)
    unmount()
    render(<Page onLoad />)
    expect(screen.getByRole('heading')).toHaveFocus()
  })

  it('takes the focus on its heading when the control that had it went with the last page', () => {
    const { rerender } = render(<Shell page={false}><Page /></Shell>)
    screen.getByRole('button', { name: 'Open' }).focus()
    rerender(<Shell page><Page /></Shell>)
    expect(screen.getByRole('heading')).toHaveFocus()
  })

  it('leaves the user where they are', () => {
    const { rerender } = render(<Shell page={false}><Page /></Shell>)
    screen.getByRole('textbox', { name: 'Elsewhere' }).focus()
    rerender(<Shell page><Page /></Shell>)
    expect(screen.getByRole('textbox', { name: 'Elsewhere' })).toHaveFocus()
  })

  it('on the main region (where the palette leaves it) moves on to the heading; a heading that takes no focus leaves it there', () => {
    const { rerender } = render(<Shell page={false}><Page focusable={false} /></Shell>)
    screen.getByRole('main').focus()
    rerender(<Shell page><Page focusable={false} /></Shell>)
    expect(screen.getByRole('main')).toHaveFocus()
    rerender(<Shell page><Page shown="again" /></Shell>)
    expect(screen.getByRole('heading')).toHaveFocus()
  })

  it('coming back, focuses the link to the page it was left for, once that link is there', () => {
    window.history.replaceState({ left: '/keys/k2' }, '', '/')
    const { rerender } = render(<Shell page={false}><Page shown="waiting" /></Shell>)
    screen.getByRole('button', { name: 'Open' }).focus()
    rerender(<Shell page><Page shown="waiting" /></Shell>)
    expect(screen.getByRole('heading')).toHaveFocus()
    rerender(<Shell page><Page shown="rows" links={['/keys/k1', '/keys/k2']} /></Shell>)
    expect(screen.getByRole('link', { name: '/keys/k2' })).toHaveFocus()
  })

  it('coming back to a page without that link any more (the key was deleted), focuses the heading', () => {
    window.history.replaceState({ left: '/keys/gone' }, '', '/')
    const { rerender } = render(<Shell page={false}><Page links={['/keys/k1']} /></Shell>)
    screen.getByRole('button', { name: 'Open' }).focus()
    rerender(<Shell page><Page links={['/keys/k1']} /></Shell>)
    expect(screen.getByRole('heading')).toHaveFocus()
  })
})
