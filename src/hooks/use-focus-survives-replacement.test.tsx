import { act, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { standInFor, useFocusSurvivesReplacement } from './use-focus-survives-replacement'

const STAND_INS = { suspend: 'reactivate', reactivate: 'suspend', revoke: 'delete' }

function Actions({ actions, dialog = false }: { actions: string[]; dialog?: boolean }) {
  const group = useFocusSurvivesReplacement<HTMLDivElement>(STAND_INS)
  return (
    <>
      <div ref={group} role="group" aria-label="Actions">
        {actions.map((action) => (
          <button key={action} type="button" data-control={action}>
            {action}
          </button>
        ))}
        <button type="button">Create similar</button>
      </div>
      {dialog && (
        <div role="dialog" aria-label="Confirm">
          <button type="button">Confirm</button>
        </div>
      )}
      <input aria-label="Elsewhere" />
    </>
  )
}

describe('standInFor', () => {
  const controls = ['reactivate', 'revoke', 'delete', undefined].map((control) => {
    const button = document.createElement('button')
    if (control) button.dataset.control = control
    return button
  })

  it('prefers the same control made anew, then the one named to stand in, then the one at its place', () => {
    expect(standInFor({ control: 'revoke', index: 0 }, controls, STAND_INS)).toBe(controls[1])
    expect(standInFor({ control: 'suspend', index: 2 }, controls, STAND_INS)).toBe(controls[0])
    expect(standInFor({ control: 'rotate', index: 2 }, controls, STAND_INS)).toBe(controls[2])
    expect(standInFor({ control: undefined, index: 9 }, controls, STAND_INS)).toBe(controls[3])
    expect(standInFor({ control: 'suspend', index: 0 }, [], STAND_INS)).toBeNull()
  })
})

describe('useFocusSurvivesReplacement', () => {
  it('an action that replaces its own button: focus goes to the button standing in for it', () => {
    const { rerender } = render(<Actions actions={['suspend', 'revoke', 'delete']} />)
    screen.getByRole('button', { name: 'suspend' }).focus()
    rerender(<Actions actions={['reactivate', 'revoke', 'delete']} />)
    expect(screen.getByRole('button', { name: 'reactivate' })).toHaveFocus()
    screen.getByRole('button', { name: 'revoke' }).focus()
    rerender(<Actions actions={['delete']} />)
    expect(screen.getByRole('button', { name: 'delete' })).toHaveFocus()
  })

  it('waits for the dialog the button opened: focus moves when it closes and finds its opener gone', () => {
    const { rerender } = render(<Actions actions={['suspend', 'delete']} />)
    screen.getByRole('button', { name: 'suspend' }).focus()
    rerender(<Actions actions={['suspend', 'delete']} dialog />)
    screen.getByRole('button', { name: 'Confirm' }).focus()
    rerender(<Actions actions={['reactivate', 'delete']} dialog />)
    expect(screen.getByRole('button', { name: 'Confirm' })).toHaveFocus()
    rerender(<Actions actions={['reactivate', 'delete']} />)
    expect(screen.getByRole('button', { name: 'reactivate' })).toHaveFocus()
  })

  it('leaves alone a focus the user took elsewhere', () => {
    const { rerender } = render(<Actions actions={['suspend', 'delete']} />)
    screen.getByRole('button', { name: 'suspend' }).focus()
    screen.getByRole('textbox', { name: 'Elsewhere' }).focus()
    act(() => (document.activeElement as HTMLElement).blur())
    rerender(<Actions actions={['reactivate', 'delete']} />)
    expect(document.activeElement).toBe(document.body)
  })
})

// A harness whose own state replaces the button, as a mutation's optimistic update does.
function Toggle() {
  const [on, setOn] = useState(true)
  const group = useFocusSurvivesReplacement<HTMLDivElement>(STAND_INS)
  return (
    <div ref={group}>
      {on ? (
        <button key="suspend" type="button" data-control="suspend" onClick={() => setOn(false)}>
          Suspend
        </button>
      ) : (
        <button key="reactivate" type="button" data-control="reactivate" onClick={() => setOn(true)}>
          Reactivate
        </button>
      )}
    </div>
  )
}

it('by its own click, back and forth', () => {
  render(<Toggle />)
  const suspend = screen.getByRole('button', { name: 'Suspend' })
  suspend.focus()
  act(() => suspend.click())
  expect(screen.getByRole('button', { name: 'Reactivate' })).toHaveFocus()
  act(() => screen.getByRole('button', { name: 'Reactivate' }).click())
  expect(screen.getByRole('button', { name: 'Suspend' })).toHaveFocus()
})
