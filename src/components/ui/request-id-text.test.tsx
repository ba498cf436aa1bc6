import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RequestIdText } from './request-id-text'

describe('RequestIdText', () => {
  it('keeps each request id in one unbreakable piece, and the text as it was', () => {
    const text = 'Could not suspend A. (Request ID: req_01JZ8X4K2M9QW3E5R7T9Y1U3I5) and again (Request ID: req_2)'
    const { container } = render(<p>{<RequestIdText text={text} />}</p>)
    expect(container.textContent).toBe(text)
    const ids = [...container.querySelectorAll('code')]
    expect(ids.map((code) => code.textContent)).toEqual(['req_01JZ8X4K2M9QW3E5R7T9Y1U3I5', 'req_2'])
    expect(ids.every((code) => code.className.includes('whitespace-nowrap'))).toBe(true)
  })

  it('leaves text without a request id alone', () => {
    const { container } = render(<p>{<RequestIdText text="Nothing to see." />}</p>)
    expect(container.innerHTML).toBe('<p>Nothing to see.</p>')
  })
})
