import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DeferredMenu, DeferredTrigger } from './deferred-menu'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from './dropdown-menu'
import { lazyWithRetry } from './lazy-boundary'

function FruitMenu() {
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>
        <DeferredTrigger />
      </DropdownMenuTrigger>
      <DropdownMenuContent label="Fruit">
        <DropdownMenuItem>Apple</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}

function renderMenu(load: () => Promise<typeof FruitMenu>) {
  const Menu = lazyWithRetry(load, (m) => m)
  render(
    <main>
      <DeferredMenu what="the fruit menu" menu={<Menu />}>
        <button type="button">Fruit</button>
      </DeferredMenu>
    </main>,
  )
  return screen.getByRole('button', { name: 'Fruit' })
}

it('loads the menu on the first press and keeps one button, which the menu opens from and focus returns to', async () => {
  const user = userEvent.setup()
  const button = renderMenu(() => Promise.resolve(FruitMenu))
  expect(button).toHaveAttribute('aria-haspopup', 'menu')
  expect(button).toHaveAttribute('aria-expanded', 'false')
  await act(async () => user.click(button))
  const menu = await screen.findByRole('menu', { name: 'Fruit' })
  expect(screen.getAllByRole('button', { name: 'Fruit' })).toEqual([button])
  expect(button).toHaveAttribute('aria-expanded', 'true')
  expect(button).toHaveAttribute('aria-controls', menu.id)
  expect(menu).toHaveAttribute('aria-labelledby', button.id)
  await user.keyboard('{Escape}')
  expect(screen.queryByRole('menu')).toBeNull()
  expect(button).toHaveFocus()
  expect(button).toHaveAttribute('aria-expanded', 'false')
  await user.keyboard('{Enter}')
  expect(await screen.findByRole('menu', { name: 'Fruit' })).toBeVisible()
})

it('says in the button’s place when the menu cannot load, and Retry opens it', async () => {
  // React logs the failed load; it is the point of this test.
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const load = vi.fn<() => Promise<typeof FruitMenu>>().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue(FruitMenu)
  const user = userEvent.setup()
  const button = renderMenu(load)
  button.focus()
  await act(async () => user.keyboard('{Enter}'))
  expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the fruit menu.')
  expect(screen.queryByRole('button', { name: 'Fruit' })).toBeNull()
  await act(async () => user.click(screen.getByRole('button', { name: 'Retry' })))
  expect(await screen.findByRole('menu', { name: 'Fruit' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Fruit' })).toHaveAttribute('aria-expanded', 'true')
})
