import { cloneElement, isValidElement, useEffect, useId, useState, type KeyboardEvent, type ReactElement, type ReactNode, type SyntheticEvent } from 'react'
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
  // The element the bubble was shown for (state, not a ref: the handlers that set it are made in render).
  const [trigger, setTrigger] = useState<Element | null>(null)
  const shown = position !== null
  useEffect(() => {
    if (!shown || !trigger) return
    // The bubble is fixed to the screen: when the page (or a box round the trigger) scrolls, it
    // follows its trigger, else it would sit over another row's text.
    let frame = 0
    const follow = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        setPosition(trigger.isConnected ? placeBy(trigger) : null)
      })
    }
    window.addEventListener('scroll', follow, { capture: true, passive: true })
    window.addEventListener('resize', follow)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', follow, { capture: true })
      window.removeEventListener('resize', follow)
    }
  }, [shown, trigger])
  if (!isValidElement(children)) return children

  const show = (event: SyntheticEvent) => {
    const element = event.currentTarget as Element
    setTrigger(element)
    setPosition(placeBy(element))
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

/** Above the trigger when there is room, else below; the bubble's own size is handled by its transform. */
function placeBy(element: Element): Position {
  const rect = element.getBoundingClientRect()
  const below = rect.top < 160
  return { left: rect.left + rect.width / 2, top: below ? rect.bottom + GAP : rect.top - GAP, below }
}
