import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { NO_FAULTS } from '../model/answer-faults'
import { AnswerFaultsNotice } from './answer-faults-notice'

describe('AnswerFaultsNotice', () => {
  it('says nothing of honest answers', () => {
    const { container } = render(<AnswerFaultsNotice faults={NO_FAULTS} onStartAgain={() => {}} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('says each fault as a status, and offers one Start again, outside the live region (read as part of the sentence before)', async () => {
    const onStartAgain = vi.fn<() => void>()
    render(<AnswerFaultsNotice faults={{ ...NO_FAULTS, repeatedIds: 3, rowsPastPageSize: 9980, changed: true, loops: true }} onStartAgain={onStartAgain} />)
    const notes = screen.getAllByRole('status').map((note) => note.textContent)
    expect(notes).toEqual([
      expect.stringContaining('The server repeated keys 3 times'),
      expect.stringContaining('9,980 rows more than the page asked for'),
      expect.stringMatching(/^The list changed while it was being read.*across pages\.$/),
      expect.stringMatching(/^The server’s next page leads back.*to offer\.$/),
    ])
    for (const note of screen.getAllByRole('status')) expect(note.querySelector('button')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }))
    expect(onStartAgain).toHaveBeenCalledTimes(1)
  })

  it('says how many keys a whole read never received, and offers to read again', async () => {
    const onStartAgain = vi.fn<() => void>()
    render(<AnswerFaultsNotice faults={{ ...NO_FAULTS, repeatedIds: 15, missing: { counted: 320, received: 305 } }} onStartAgain={onStartAgain} />)
    const notes = screen.getAllByRole('status').map((note) => note.textContent)
    expect(notes).toEqual([
      'The server repeated keys 15 times; each key is shown once.',
      'The server counted 320 keys but sent 305 different ones: 15 may be missing here, so the count is not shown. Reading again may get them all.',
    ])
    await userEvent.click(screen.getByRole('button', { name: 'Read again' }))
    expect(onStartAgain).toHaveBeenCalledTimes(1)
  })
})
