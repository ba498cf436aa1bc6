import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { INTENT_MS, MultiToggleGroup, ToggleGroup } from './toggle-group'

const OPTIONS = [
  { value: 'a', label: 'Alpha' },
  { value: 'b', label: 'Beta' },
] as const

function Harness({ initial }: { initial: ('a' | 'b')[] }) {
  const [value, setValue] = useState<('a' | 'b')[]>(initial)
  return (
    <>
      <MultiToggleGroup label="Letters" anyLabel="All letters" value={value} options={OPTIONS} onChange={setValue} />
      <output>{value.join(',') || 'none'}</output>
    </>
  )
}

const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed')

describe('MultiToggleGroup with an "all" option', () => {
  it('shows "all" when nothing is chosen, and choosing one option leaves it', async () => {
    const user = userEvent.setup()
    render(<Harness initial={[]} />)
    expect([pressed('All letters'), pressed('Alpha'), pressed('Beta')]).toEqual(['true', 'false', 'false'])
    await user.click(screen.getByRole('button', { name: 'Beta' }))
    expect([pressed('All letters'), pressed('Alpha'), pressed('Beta')]).toEqual(['false', 'false', 'true'])
    await user.click(screen.getByRole('button', { name: 'All letters' }))
    expect(screen.getByRole('status')).toHaveTextContent('none')
  })

  it('every option chosen reads as "all"; pressing one then narrows to it alone', async () => {
    const user = userEvent.setup()
    render(<Harness initial={['a', 'b']} />)
    expect([pressed('All letters'), pressed('Alpha'), pressed('Beta')]).toEqual(['true', 'false', 'false'])
    await user.click(screen.getByRole('button', { name: 'Alpha' }))
    expect(screen.getByRole('status')).toHaveTextContent('a')
  })
})

describe('a pointer resting on an option', () => {
  afterEach(() => vi.useRealTimers())

  function renderGroups() {
    const single = vi.fn<(value: 'a' | 'b' | null) => void>()
    const multiple = vi.fn<(value: ('a' | 'b')[]) => void>()
    render(
      <>
        <ToggleGroup label="One" anyLabel="Any one" value="a" options={OPTIONS} onChange={() => undefined} onIntent={single} />
        <MultiToggleGroup label="Several" anyLabel="Any several" value={[]} options={OPTIONS} onChange={() => undefined} onIntent={multiple} />
      </>,
    )
    const option = (group: string, name: string) => within(screen.getByRole('group', { name: group })).getByRole('button', { name })
    return { single, multiple, option }
  }

  it('tells what pressing it would choose, once it has rested there', () => {
    vi.useFakeTimers()
    const { single, multiple, option } = renderGroups()
    fireEvent.pointerEnter(option('One', 'Beta'), { pointerType: 'mouse' })
    vi.advanceTimersByTime(INTENT_MS - 1)
    expect(single).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(single).toHaveBeenLastCalledWith('b')
    // The chosen option, pressed again, goes back to "any".
    fireEvent.pointerEnter(option('One', 'Alpha'), { pointerType: 'mouse' })
    vi.advanceTimersByTime(INTENT_MS)
    expect(single).toHaveBeenLastCalledWith(null)
    fireEvent.pointerEnter(option('Several', 'Beta'), { pointerType: 'pen' })
    vi.advanceTimersByTime(INTENT_MS)
    expect(multiple).toHaveBeenLastCalledWith(['b'])
  })

  it('passing over, pressing at once or touching is no intent', () => {
    vi.useFakeTimers()
    const { single, multiple, option } = renderGroups()
    fireEvent.pointerEnter(option('One', 'Beta'), { pointerType: 'mouse' })
    fireEvent.pointerLeave(option('One', 'Beta'), { pointerType: 'mouse' })
    fireEvent.pointerEnter(option('Several', 'Alpha'), { pointerType: 'mouse' })
    fireEvent.pointerDown(option('Several', 'Alpha'), { pointerType: 'mouse' })
    fireEvent.pointerEnter(option('Several', 'Beta'), { pointerType: 'touch' })
    vi.advanceTimersByTime(10 * INTENT_MS)
    expect(single).not.toHaveBeenCalled()
    expect(multiple).not.toHaveBeenCalled()
  })
})
