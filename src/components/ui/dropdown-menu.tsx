import { DropdownMenu as Menu } from 'radix-ui'
import type { ComponentPropsWithoutRef, ReactNode } from 'react'
import { useCloseRequestsAsEscape } from './close-requests'
import { cn } from './cn'
import { useFocusFirstItemIfKeyOpened } from './deferred-menu'

/**
 * Non-modal: a modal menu hides the page with aria-hidden while its controls stay focusable,
 * which assistive technology (and axe) rightly flags; the menu still closes on outside clicks.
 */
export function DropdownMenu(props: ComponentPropsWithoutRef<typeof Menu.Root>) {
  return <Menu.Root modal={false} {...props} />
}
export const DropdownMenuTrigger = Menu.Trigger

export function DropdownMenuContent({
  children,
  align = 'end',
  label,
  onCloseAutoFocus,
}: {
  children: ReactNode
  align?: 'start' | 'end'
  label?: string
  /** preventDefault() when an item opened a dialog, which then owns the focus. */
  onCloseAutoFocus?: (event: Event) => void
}) {
  const focusFirstItemIfKeyOpened = useFocusFirstItemIfKeyOpened()
  // A phone's Back closes the menu, as Escape does (close-requests.ts), not the page under it.
  const closeRequests = useCloseRequestsAsEscape()
  return (
    // Inside <main>, so the open menu sits in a landmark like the rest of the page.
    <Menu.Portal container={typeof document === 'undefined' ? undefined : document.querySelector('main')}>
      <Menu.Content
        ref={closeRequests}
        aria-label={label}
        onFocus={focusFirstItemIfKeyOpened}
        align={align}
        onCloseAutoFocus={onCloseAutoFocus}
        sideOffset={4}
        collisionPadding={8}
        // Never taller than the room the screen has (a page zoomed to 400 % is 256 px tall): it scrolls, and every item is reached.
        className="z-50 max-h-[var(--radix-dropdown-menu-content-available-height)] min-w-44 overflow-y-auto rounded-lg border border-zinc-200 bg-white p-1 text-sm shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
      >
        {children}
      </Menu.Content>
    </Menu.Portal>
  )
}

const itemClass =
  'flex cursor-default items-center gap-2 rounded-md px-2 py-1.5 outline-none select-none data-[disabled]:opacity-50 data-[highlighted]:bg-zinc-100 data-[highlighted]:ring-2 data-[highlighted]:ring-indigo-600 data-[highlighted]:ring-inset dark:data-[highlighted]:bg-zinc-800 dark:data-[highlighted]:ring-indigo-400'

export function DropdownMenuItem({ className, tone, ...props }: ComponentPropsWithoutRef<typeof Menu.Item> & { tone?: 'danger' }) {
  return <Menu.Item className={cn(itemClass, tone === 'danger' && 'text-red-700 dark:text-red-400', className)} {...props} />
}

export function DropdownMenuCheckboxItem({ className, children, ...props }: ComponentPropsWithoutRef<typeof Menu.CheckboxItem>) {
  return (
    <Menu.CheckboxItem className={cn(itemClass, 'pl-7 relative', className)} {...props}>
      <Menu.ItemIndicator className="absolute left-2 text-indigo-600 dark:text-indigo-400" aria-hidden>
        ✓
      </Menu.ItemIndicator>
      {children}
    </Menu.CheckboxItem>
  )
}

export function DropdownMenuLabel({ children }: { children: ReactNode }) {
  return <Menu.Label className="px-2 py-1.5 text-xs font-medium text-zinc-500 dark:text-zinc-400">{children}</Menu.Label>
}

export function DropdownMenuSeparator() {
  return <Menu.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-800" />
}

export const DropdownMenuRadioGroup = Menu.RadioGroup

/** One of several, the chosen one ticked (menuitemradio): e.g. the view the list shows. */
export function DropdownMenuRadioItem({ className, children, ...props }: ComponentPropsWithoutRef<typeof Menu.RadioItem>) {
  return (
    <Menu.RadioItem className={cn(itemClass, 'pl-7 relative', className)} {...props}>
      <Menu.ItemIndicator className="absolute left-2 text-indigo-600 dark:text-indigo-400" aria-hidden>
        ✓
      </Menu.ItemIndicator>
      {children}
    </Menu.RadioItem>
  )
}
