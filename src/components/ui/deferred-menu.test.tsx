import { act, render, screen } from '@testing-library/react'
import type { ComponentPropsWithRef } from 'react'
import userEvent from '@testing-library/user-event'
import { DeferredMenu, DeferredTrigger } from './deferred-menu'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from './dropdown-menu'
import { lazyWithRetry } from './lazy-boundary'

function FruitMenu({ fruits = ['Apple'] }: { fruits?: string[] }) {
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>
        <DeferredTrigger />
      </DropdownMenuTrigger>
      <DropdownMenuContent label="Fruit">
        {fruits.map((fruit) => (
          <DropdownMenuItem key={fruit}>{fruit}</DropdownMenuItem>
        ))}
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

function ThreeFruitMenu() {
  return <FruitMenu fruits={['Apple', 'Banana', 'Cherry']} />
}

/**
 * A menu whose code arrives when the test says: `opener` pressed on its focused button starts
 * loading it, then `meanwhile` is pressed; `arrive` lets the code come.
 */
async function pressWhileLoading(opener: string, meanwhile: string) {
  let resolve: (menu: typeof ThreeFruitMenu) => void = () => {}
  const loaded = new Promise<typeof ThreeFruitMenu>((settle) => (resolve = settle))
  const user = userEvent.setup()
  const button = renderMenu(() => loaded)
  button.focus()
  // One act per press, as a browser ends each key's event before the next.
  await act(async () => user.keyboard(opener))
  expect(button).toHaveAttribute('aria-busy', 'true')
  await act(async () => user.keyboard(meanwhile))
  const arrive = () =>
    act(async () => {
      resolve(ThreeFruitMenu)
      // A task, so the module's promise, the lazy component's and React's retry all settle within act.
      await new Promise((settled) => setTimeout(settled, 0))
    })
  return { user, button, arrive }
}

describe('keys pressed while the menu’s code loads', () => {
  it('arrows are not lost: opened by Enter, two ArrowDowns and an ArrowUp before it shows land on the second item', async () => {
    const { arrive } = await pressWhileLoading('{Enter}', '{ArrowDown}{ArrowDown}{ArrowUp}')
    await arrive()
    await screen.findByRole('menu', { name: 'Fruit' })
    expect(screen.getByRole('menuitem', { name: 'Banana' })).toHaveFocus()
  })

  it('stop at the last item, as the loaded menu’s own arrows do', async () => {
    // Opened by ArrowDown this time (a menu button opens on it too).
    const { arrive } = await pressWhileLoading('{ArrowDown}', '{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowUp}')
    await arrive()
    await screen.findByRole('menu', { name: 'Fruit' })
    // Four downs from Apple stop at Cherry; the up then goes to Banana.
    expect(screen.getByRole('menuitem', { name: 'Banana' })).toHaveFocus()
  })

  it('Escape gives the menu up: it does not open when its code arrives, and a later press opens it at its first item', async () => {
    const { user, button, arrive } = await pressWhileLoading('{Enter}', '{ArrowDown}{Escape}')
    await arrive()
    expect(screen.queryByRole('menu')).toBeNull()
    expect(button).toHaveFocus()
    expect(button).toHaveAttribute('aria-expanded', 'false')
    await act(async () => user.keyboard('{Enter}'))
    await screen.findByRole('menu', { name: 'Fruit' })
    expect(screen.getByRole('menuitem', { name: 'Apple' })).toHaveFocus()
  })
})

it('draws each of a page of menu buttons once as it mounts: nothing about the button is kept until its menu is wanted', () => {
  const Menu = lazyWithRetry(() => Promise.resolve(FruitMenu), (m) => m)
  let renders = 0
  function CountedButton(props: ComponentPropsWithRef<'button'>) {
    renders++
    return <button type="button" {...props} />
  }
  render(
    <ul>
      {Array.from({ length: 20 }, (_, row) => (
        <li key={row}>
          <DeferredMenu what={`row ${row}’s menu`} menu={<Menu />}>
            <CountedButton aria-label={`Actions for row ${row}`} />
          </DeferredMenu>
        </li>
      ))}
    </ul>,
  )
  expect(screen.getAllByRole('button', { name: /^Actions for row / })).toHaveLength(20)
  // A button's own state set as it mounts would draw every row's button twice before the first paint.
  expect(renders).toBe(20)
})
