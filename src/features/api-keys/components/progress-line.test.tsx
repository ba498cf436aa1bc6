import { render, screen } from '@testing-library/react'
import { ProgressLine } from './progress-line'

const line = (holdsFocus: boolean) => <ProgressLine label="Reactivating keys" text="Reactivating… 8 of 40." phase="running" value={8} max={40} onCancel={() => {}} holdsFocus={holdsFocus} />

describe('ProgressLine', () => {
  it('holding the focus, takes it as it shows when the focus has none (the button that started the work went)', () => {
    const { rerender } = render(<button type="button">Undo: reactivate 40</button>)
    screen.getByRole('button').focus()
    rerender(line(true))
    expect(screen.getByRole('progressbar', { name: 'Reactivating keys' })).toHaveFocus()
  })

  it('never takes the focus from where it is, nor when not asked to hold it', () => {
    const { rerender, unmount } = render(<input aria-label="Search" />)
    screen.getByRole('textbox').focus()
    rerender(
      <>
        <input aria-label="Search" />
        {line(true)}
      </>,
    )
    expect(screen.getByRole('textbox')).toHaveFocus()
    unmount()
    const other = render(<button type="button">Retry failed</button>)
    screen.getByRole('button').focus()
    other.rerender(line(false))
    expect(document.body).toHaveFocus()
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('tabindex')
  })
})
