import { render, screen } from '@testing-library/react'
import { RowsWithoutIdNotice } from './rows-without-id-notice'

describe('RowsWithoutIdNotice', () => {
  it('renders nothing when every row had an id', () => {
    const { container } = render(<RowsWithoutIdNotice count={0} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('says how many keys came without an ID, calmly, as a status', () => {
    const { rerender } = render(<RowsWithoutIdNotice count={2} />)
    expect(screen.getByRole('status')).toHaveTextContent('The server sent 2 keys without an ID; they cannot be shown or changed here.')
    rerender(<RowsWithoutIdNotice count={1} />)
    expect(screen.getByRole('status')).toHaveTextContent('The server sent 1 key without an ID; it cannot be shown or changed here.')
  })
})
