import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Icon } from './icon'

describe('Icon', () => {
  it('is one decorative span, sized and coloured by its classes', () => {
    const { container } = render(
      <button type="button" aria-label="Copy ID">
        <Icon name="copy" className="size-3.5 text-emerald-600" />
      </button>,
    )
    const icon = container.querySelector('span')
    expect(icon).toHaveAttribute('aria-hidden', 'true')
    expect(icon).toHaveClass('icon', 'icon-copy', 'size-3.5', 'text-emerald-600')
    expect(icon).not.toHaveClass('icon-bold')
    expect(icon).toBeEmptyDOMElement()
    expect(screen.getByRole('button')).toHaveAccessibleName('Copy ID')
  })

  it("draws lucide's strokeWidth={3} as the bold variant, for the names that have one", () => {
    const { container } = render(<Icon name="check" strokeWidth={3} className="size-3" />)
    expect(container.firstElementChild).toHaveClass('icon', 'icon-check', 'icon-bold', 'size-3')
  })

  it('takes only the generated names (checked by tsc -b)', () => {
    // @ts-expect-error: a misspelt name is a type error.
    const misspelt = <Icon name="cpy" />
    // @ts-expect-error: only the generated bold names come with strokeWidth={3}.
    const notBold = <Icon name="copy" strokeWidth={3} />
    expect([misspelt.props, notBold.props]).toHaveLength(2)
  })
})
