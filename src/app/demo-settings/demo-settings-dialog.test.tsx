import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { MockDialect } from '../../mocks/dialect'
import type { DemoSettings } from '../start-mode'
import { DemoSettingsDialog } from './demo-settings-dialog'

// jsdom has no ResizeObserver; Radix measures radio buttons with it.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
}

function fakeDemo(initial: DemoSettings = { dialect: 'coval', seedCount: 320 }) {
  const state = { ...initial }
  return {
    settings: vi.fn<() => DemoSettings>(() => ({ ...state })),
    setDialect: vi.fn<(dialect: MockDialect) => void>((dialect) => void (state.dialect = dialect)),
    setSeedCount: vi.fn<(count: number) => void>((count) => void (state.seedCount = count)),
  }
}

function renderDialog(initial?: DemoSettings) {
  const demo = fakeDemo(initial)
  const onClose = vi.fn<() => void>()
  render(<DemoSettingsDialog demo={demo} onClose={onClose} />)
  return { demo, onClose, dialog: screen.getByRole('dialog', { name: 'Demo settings' }) }
}

describe('DemoSettingsDialog', () => {
  it('shows the current settings, one line on what each server honours', () => {
    const { dialog } = renderDialog()
    const behaviour = within(dialog).getByRole('radiogroup', { name: 'Server behaviour' })
    expect(within(behaviour).getByRole('radio', { name: 'Coval (likely)' })).toBeChecked()
    expect(within(behaviour).getByRole('radio', { name: 'Coval (likely)' })).toHaveAccessibleDescription('Filters by environment and by Coval’s filter syntax; sorts by one column.')
    expect(within(behaviour).getByRole('radio', { name: 'Documented only' })).toHaveAccessibleDescription(/Filters by status only, newest keys first/)
    expect(within(behaviour).getByRole('radio', { name: 'Full AIP-160' })).not.toBeChecked()
    expect(within(dialog).getByRole('radio', { name: '320 keys' })).toBeChecked()
  })

  it('changes nothing until Apply, and applies by keyboard alone', async () => {
    const user = userEvent.setup()
    const { demo, onClose } = renderDialog()
    // Focus starts on the chosen server; arrows move, Space chooses (a browser also chooses on the
    // arrow, which jsdom's focus events do not reproduce), Tab goes to the next group.
    expect(screen.getByRole('radio', { name: 'Coval (likely)' })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('radio', { name: 'Documented only' })).toHaveFocus()
    await user.keyboard(' ')
    expect(screen.getByRole('radio', { name: 'Documented only' })).toBeChecked()
    await user.tab()
    expect(screen.getByRole('radio', { name: '320 keys' })).toHaveFocus()
    await user.keyboard('{ArrowRight}{ArrowRight} ')
    expect(screen.getByRole('radio', { name: '10,000 keys' })).toBeChecked()
    expect(screen.getByText(/a reload makes the same keys again, and changes you made to them are lost/)).toBeInTheDocument()
    expect(demo.setDialect).not.toHaveBeenCalled()
    await user.tab()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Apply' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(demo.setDialect).toHaveBeenCalledWith('documented')
    expect(demo.setSeedCount).toHaveBeenCalledWith(10_000)
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('takes another number, refusing one out of range', async () => {
    const user = userEvent.setup()
    const { demo, onClose } = renderDialog()
    await user.click(screen.getByRole('radio', { name: 'Another number' }))
    const input = screen.getByRole('textbox', { name: 'How many keys' })
    await user.clear(input)
    await user.type(input, '60000{Enter}')
    expect(input).toHaveAccessibleDescription('Enter a whole number from 0 to 50,000.')
    expect(input).toHaveFocus()
    expect(onClose).not.toHaveBeenCalled()
    await user.clear(input)
    await user.type(input, '2,500{Enter}')
    expect(demo.setSeedCount).toHaveBeenCalledWith(2_500)
    expect(demo.setDialect).not.toHaveBeenCalled()
  })

  it('shows a count that is no preset as another number', () => {
    renderDialog({ dialect: 'aip160', seedCount: 42 })
    expect(screen.getByRole('radio', { name: 'Full AIP-160' })).toBeChecked()
    expect(screen.getByRole('radio', { name: 'Another number' })).toBeChecked()
    expect(screen.getByRole('textbox', { name: 'How many keys' })).toHaveValue('42')
  })

  it('closes on Cancel without applying', async () => {
    const user = userEvent.setup()
    const { demo, onClose } = renderDialog()
    await user.click(screen.getByRole('radio', { name: 'Full AIP-160' }))
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(demo.setDialect).not.toHaveBeenCalled()
  })
})
