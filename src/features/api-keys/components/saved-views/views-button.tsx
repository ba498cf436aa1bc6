import { Icon } from '../../../../components/ui/icon'
import type { ComponentPropsWithRef } from 'react'
import { Button } from '../../../../components/ui/button'
import { DeferredMenu } from '../../../../components/ui/deferred-menu'
import { lazyWithRetry } from '../../../../components/ui/lazy-boundary'
import type { ListView } from '../../model/list-view'

export const loadViewsMenu = () => import('./views-menu')
// The menu, its dialogs and the saved views' storage load on first use: none is on the first screen.
// lazyWithRetry, not React.lazy: the menu's boundary can then load it again after a failure.
const Menu = lazyWithRetry(() => loadViewsMenu(), (m) => m.ViewsMenu)
const preload = () => void loadViewsMenu().catch(() => undefined)

export function ViewsMenuButton(props: ComponentPropsWithRef<'button'>) {
  return (
    <Button size="sm" {...props}>
      <Icon name="bookmark" className="size-4" />
      Views
    </Button>
  )
}

/** Preset and saved views of the list, and saving the one on screen. */
/** `notApplied`: an expression in the URL that does not parse, which the list (and so a saved view) leaves out. */
export function ViewsButton({ view, notApplied = null }: { view: ListView; notApplied?: string | null }) {
  return (
    <DeferredMenu what="the views menu" menu={<Menu view={view} notApplied={notApplied} defaultOpen />}>
      <ViewsMenuButton onPointerEnter={preload} onFocus={preload} />
    </DeferredMenu>
  )
}
