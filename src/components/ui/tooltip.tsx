import { cloneElement, isValidElement, useId, useState, type KeyboardEvent, type ReactElement, type ReactNode, type SyntheticEvent } from 'react'
import { createPortal } from 'react-dom'

type TriggerProps = {
  'aria-describedby'?: string
  onPointerEnter?: (event: SyntheticEvent) => void
  onPointerLeave?: () => void
  onFocus?: (event: SyntheticEvent) => void
  onBlur?: () => void
  onKeyDown?: (event: KeyboardEvent) => void
}
interface Position {
  left: number
  top: number
  below: boolean
}

const GAP = 6

/**
 * Hover and keyboard-focus help for a focusable trigger; `description` is a plain-text version
 * for screen readers when `content` has structure (a list). The text is always in the DOM for
 * screen readers (aria-describedby); the visible bubble is drawn in a portal so no scrolling
 * container clips it, and Escape dismisses it (WCAG 1.4.13).
 */
export function Tooltip({ content, description, children }: { content: ReactNode; description?: string; children: ReactElement<TriggerProps> }) {
  const id = useId()
  const [position, setPosition] = useState<Position | null>(null)
  if (!isValidElement(children)) return children

  const show = (event: SyntheticEvent) => {
    const rect = (event.currentTarget as Element).getBoundingClientRect()
    // Above when there is room, else below; the bubble's own size is handled by its transform.
    const below = rect.top < 160
    setPosition({ left: rect.left + rect.width / 2, top: below ? rect.bottom + GAP : rect.top - GAP, below })
  }
  const hide = () => setPosition(null)

  return (
    <span className="inline-flex">
      {cloneElement(children, {
        'aria-describedby': id,
        onPointerEnter: show,
        onPointerLeave: hide,
        onFocus: show,
        onBlur: hide,
        onKeyDown: (event: KeyboardEvent) => {
          if (event.key === 'Escape') hide()
        },
      })}
      <span id={id} hidden>
        {description ?? content}
      </span>
      {position &&
        createPortal(
          <span
            aria-hidden
            style={{ left: position.left, top: position.top, transform: `translate(-50%, ${position.below ? '0' : '-100%'})` }}
            className="pointer-events-none fixed z-50 w-max max-w-xs rounded-md bg-zinc-900 px-2.5 py-1.5 text-xs leading-relaxed text-white shadow-lg dark:bg-zinc-100 dark:text-zinc-900"
          >
            {content}
          </span>,
          document.body,
        )}
    </span>
  )
}
