import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Suspense, useState } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadExpressionParser } from '../../../model/expression-reading'
import { ExpressionField } from './expression-field'

function Harness() {
  const [value, setValue] = useState('')
  return (
    <Suspense fallback={<p>Loading the parser</p>}>
      <ExpressionField value={value} onApply={setValue} focus />
    </Suspense>
  )
}

/** The field, focused, and a keyboard with no pause between keys: as a fast typist on a busy phone, all before a frame is drawn. */
async function focusedField() {
  const user = userEvent.setup({ delay: null })
  render(<Harness />)
  const field = await screen.findByRole<HTMLInputElement>('combobox', { name: 'Filter expression' })
  await waitFor(() => expect(field).toHaveFocus())
  return { user, field }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

describe('the Advanced field’s completion', () => {
  // The parser is its own chunk; its first import can outlast findBy's wait on a busy machine.
  beforeAll(() => loadExpressionParser().then(() => undefined), 30_000)

  it('Tab completes the one suggestion shown, though none was chosen; with several, Tab leaves the field (review round 18)', async () => {
    const { user, field } = await focusedField()
    await user.keyboard('key_type=SER')
    expect(screen.getAllByRole('option')).toHaveLength(1)
    expect(screen.queryByRole('option', { selected: true })).toBeNull()
    await user.keyboard('{Tab}')
    expect(field).toHaveFocus()
    expect(field.value).toMatch(/^key_type\s*=\s*SERVICE/)
    await user.clear(field)
    await user.keyboard('key_type=')
    expect(screen.getAllByRole('option').length).toBeGreaterThan(1)
    await user.keyboard('{Tab}')
    expect(field).not.toHaveFocus()
  })

  it('keys typed right after a suggestion is taken, before the next frame, stay where they were typed', async () => {
    const { user, field } = await focusedField()
    await user.keyboard('st')
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('option', { selected: true })).toHaveAccessibleName(/^status, /)
    await user.keyboard('{Enter}=')
    expect(field).toHaveValue('status =')
    expect(field.selectionStart).toBe(8)
    // The frame after the suggestion was taken: the caret stays after the "=" (it went back before it).
    await nextFrame()
    await nextFrame()
    expect(field.selectionStart).toBe(8)
    await user.keyboard(' "RE')
    expect(field).toHaveValue('status = "RE')
    // The suggestions follow the caret: what was typed, not the place the suggestion left it.
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([expect.stringMatching(/^"REVOKED"/)])
  })

  it('a suggestion taken in the middle leaves the caret after what it inserted, not at the end', async () => {
    const { user, field } = await focusedField()
    await user.keyboard(' AND status = ACTIVE')
    // Back to the start, where a field name goes.
    field.setSelectionRange(0, 0)
    await user.keyboard('env{ArrowDown}{Enter}')
    expect(field.value.startsWith('environment ')).toBe(true)
    expect(field.selectionStart).toBe('environment '.length)
  })

  it('says an expression is wrong once typing pauses, not between the letters of a word; Enter says it at once', async () => {
    const { user, field } = await focusedField()
    await user.keyboard('key_type = USE')
    // Mid-word: nothing said yet, and nothing drawn under the field to move the table.
    expect(field).toHaveAttribute('aria-invalid', 'false')
    expect(screen.queryByText('Not applied')).toBeNull()
    // The pause: now it says so.
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'))
    expect(screen.getByText('Not applied')).toBeVisible()
    // A letter that makes it valid clears it at once.
    await user.keyboard('R')
    expect(field).toHaveAttribute('aria-invalid', 'false')
    expect(screen.queryByText('Not applied')).toBeNull()
    // Enter on a wrong one says it at once.
    await user.keyboard('{Backspace}{Escape}{Enter}')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(/^Unknown key_type value "USE"/)
  })
})
