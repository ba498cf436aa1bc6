import { Popover as PopoverPrimitive } from 'radix-ui'
import type { ComponentProps } from 'react'
import { useCloseRequestsAsEscape } from './close-requests'
import { cn } from './cn'

export const Popover = PopoverPrimitive.Root
export const PopoverTrigger = PopoverPrimitive.Trigger
export const PopoverClose = PopoverPrimitive.Close

/** A non-modal panel by its trigger, in a portal; never wider than the screen (320 px phones). */
export function PopoverContent({ className, align = 'start', sideOffset = 6, ...props }: ComponentProps<typeof PopoverPrimitive.Content>) {
  // A phone's Back closes the panel, as Escape does (close-requests.ts), not the page under it.
  const closeRequests = useCloseRequestsAsEscape()
  return (
    <PopoverPrimitive.Portal>
      <PopoverPrimitive.Content
        ref={closeRequests}
        align={align}
        sideOffset={sideOffset}
        collisionPadding={8}
        className={cn(
          'z-50 max-h-[var(--radix-popover-content-available-height)] w-[min(24rem,calc(100vw-1rem))] overflow-y-auto rounded-lg border border-zinc-200 bg-white p-3 text-sm text-zinc-900 shadow-lg outline-none dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100',
          className,
        )}
        {...props}
      />
    </PopoverPrimitive.Portal>
  )
}
