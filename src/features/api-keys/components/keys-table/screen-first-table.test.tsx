import { render, screen, waitFor } from '@testing-library/react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { keyFrom } from '../../../../test/api-key'
import { WithClient } from './keys-table-harness'

// When the keys change, the rows on screen and above it are drawn first and the rows below keep
// what they showed until that frame is painted (use-screen-first.ts). jsdom lays nothing out: the
// rows are given a layout here, 40 px each on a 120 px screen, from its top or scrolled.

const keyNamed = (n: number): ApiKey =>
  keyFrom({
    id: `01JBCDEFGHJKMNPQRSTVWXY${String(n).padStart(3, '0')}`,
    name: `Key ${n}`,
    status: 'ACTIVE',
    environment: 'PRODUCTION',
    key_type: 'SERVICE',
    permissions: [],
    create_time: '2026-01-01T00:00:00Z',
    last_used_at: null,
  })
const page = (from: number) => Array.from({ length: 14 }, (_, index) => keyNamed(from + index))
const names = (keys: readonly ApiKey[]) => keys.map((key) => key.name)
const shownNames = () => Array.from(document.querySelectorAll('tbody tr'), (row) => row.querySelector('bdi')?.textContent)
const table = () => screen.getByRole('table', { name: 'API keys' })

let scrolled = 0
beforeEach(() => {
  scrolled = 0
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(120)
  vi.spyOn(HTMLTableRowElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLTableRowElement) {
    const top = this.parentElement?.tagName === 'TBODY' ? Array.prototype.indexOf.call(this.parentElement.children, this) * 40 - scrolled : 0
    return { top, bottom: top + 40, height: 40, left: 0, right: 800, width: 800, x: 0, y: top, toJSON: () => ({}) } satisfies DOMRect
  })
})

afterEach(() => vi.restoreAllMocks())

describe('the rows on screen first', () => {
  it('draws the new keys on screen at once and the rest after the frame, the table busy meanwhile', async () => {
    const { rerender } = render(<WithClient keys={page(1)} />)
    expect(table()).toHaveAttribute('aria-busy', 'false')
    rerender(<WithClient keys={page(21)} />)
    // The first commit: the three new rows on screen and the next (a row's height to spare), the previous page's below them.
    expect(shownNames()).toEqual([...names(page(21).slice(0, 4)), ...names(page(1).slice(4))])
    expect(table()).toHaveAttribute('aria-busy', 'true')
    await waitFor(() => expect(shownNames()).toEqual(names(page(21))))
    expect(table()).toHaveAttribute('aria-busy', 'false')
  })

  it('draws the rows above the screen too: the view can still move up before the paint', async () => {
    const { rerender } = render(<WithClient keys={page(1)} />)
    // Scrolled by two rows: rows 3 to 5 on screen, two above it.
    scrolled = 80
    rerender(<WithClient keys={page(21)} />)
    expect(shownNames()).toEqual([...names(page(21).slice(0, 6)), ...names(page(1).slice(6))])
    await waitFor(() => expect(shownNames()).toEqual(names(page(21))))
    // Scrolled by nine: one row below to leave for later is too little, and all are drawn at once.
    scrolled = 360
    rerender(<WithClient keys={page(41)} />)
    expect(shownNames()).toEqual(names(page(41)))
  })

  it('draws every row at once when the rows cannot be laid out (hidden), and when the same keys move', () => {
    vi.mocked(HTMLTableRowElement.prototype.getBoundingClientRect).mockReturnValue(new DOMRect(0, 0, 0, 0))
    const { rerender } = render(<WithClient keys={page(1)} />)
    rerender(<WithClient keys={page(21)} />)
    expect(shownNames()).toEqual(names(page(21)))
    expect(table()).toHaveAttribute('aria-busy', 'false')
  })

  it('draws a reordering of the same keys at once: no key is ever drawn twice', () => {
    const { rerender } = render(<WithClient keys={page(1)} />)
    rerender(<WithClient keys={page(1).toReversed()} />)
    expect(shownNames()).toEqual(page(1).toReversed().map((key) => key.name))
    expect(table()).toHaveAttribute('aria-busy', 'false')
  })
})
