import { render, screen } from '@testing-library/react'
import { Field, Input } from './field'

function Name({ error, aside }: { error?: string; aside?: string }) {
  return (
    <Field label="Name" description="What people will see." error={error} aside={aside}>
      {(control) => <Input {...control} />}
    </Field>
  )
}

describe('Field', () => {
  it('says an error in a live region that was there before it, so it is heard where the focus already is', () => {
    const { container, rerender } = render(<Name />)
    const regions = container.querySelectorAll('[aria-live="polite"]')
    expect(regions).toHaveLength(1)
    expect(regions[0]).toBeEmptyDOMElement()
    rerender(<Name error="Enter a name." />)
    expect(container.querySelectorAll('[aria-live="polite"]')[0]).toBe(regions[0])
    expect(regions[0]).toHaveTextContent('Enter a name.')
    const input = screen.getByRole('textbox', { name: 'Name' })
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription('Enter a name. What people will see.')
  })

  it('keeps a counter beside the error out of the live region: it is read with the field, not on every key', () => {
    const { container, rerender } = render(<Name aside="3 / 60" />)
    const region = container.querySelector('[aria-live="polite"]')
    expect(region).toBeEmptyDOMElement()
    rerender(<Name aside="61 / 60" error="Use at most 60 characters." />)
    expect(container.querySelector('[aria-live="polite"]')).toBe(region)
    expect(region).toHaveTextContent('Use at most 60 characters.')
    expect(region).not.toHaveTextContent('61 / 60')
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('Use at most 60 characters. What people will see. 61 / 60')
  })
})
