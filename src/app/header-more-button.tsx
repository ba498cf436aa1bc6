import { Icon } from '../components/ui/icon'
import { DeferredMenu } from '../components/ui/deferred-menu'
import { lazyWithRetry } from '../components/ui/lazy-boundary'
import type { HeaderAction } from './header-actions'

const HeaderMenu = lazyWithRetry(() => import('./header-menu'), (m) => m.HeaderMenu)
export const preloadHeaderMenu = HeaderMenu.preload

/** Below 1280 px: one button for the mode's actions and the theme; the menu loads on first use. */
export function HeaderMoreButton({ actions }: { actions: readonly HeaderAction[] }) {
  return (
    <DeferredMenu what="the header menu" menu={<HeaderMenu actions={actions} defaultOpen />}>
      <button
        type="button"
        aria-label="More actions"
        className="inline-flex size-8 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 xl:hidden dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        <Icon name="ellipsis" className="size-4" />
      </button>
    </DeferredMenu>
  )
}
