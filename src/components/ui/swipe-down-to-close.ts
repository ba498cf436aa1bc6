import { useRef, type TouchEvent } from 'react'

/** Past this, a finger moving down is a swipe (below it, a tap that wobbled). */
const SLOP = 10
/** A swipe that ends this far down closes; a shorter one springs back. */
const CLOSE_AT = 96
/** …or one this fast at its end (px per ms), however short. */
const FLICK = 0.6
/** Its speed is read over the finger's last this many ms: one pair of moves is too noisy. */
const SPEED_OVER = 100

interface Drag {
  readonly box: HTMLElement
  readonly startY: number
  readonly startX: number
  /** The finger's moves over its last SPEED_OVER ms (the newest last), for its speed at the end. */
  moves: { y: number; t: number }[]
  dragging: boolean
}

/** Something between the touch and the box is scrolled down: a downward swipe there scrolls it back up, as ever. */
function scrolledAway(target: EventTarget, box: HTMLElement): boolean {
  for (let node = target instanceof Element ? target : null; node && node !== box.parentElement; node = node.parentElement) {
    if (node.scrollTop > 0) return true
  }
  return false
}

/**
 * How fast the finger moved down (px per ms) as it let go: over its last SPEED_OVER ms, so one
 * quick pair of moves is not a flick; none at all if it rested before lifting.
 */
function speedAtEnd(moves: readonly { y: number; t: number }[], end: number): number {
  const first = moves[0]
  const last = moves.at(-1)
  if (!first || !last || end - last.t > SPEED_OVER) return 0
  const span = last.t - first.t
  return span > 0 ? (last.y - first.y) / span : 0
}

function settle(box: HTMLElement) {
  const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  box.style.transition = still ? '' : 'transform 160ms ease-out'
  box.style.transform = ''
}

/**
 * A bottom sheet follows a finger swiping it down, and closes when let go far enough down (or
 * flicked); otherwise it springs back. Only from its top, as a phone's own sheets do: where what
 * is under the finger is scrolled down, the swipe scrolls it back up instead, and a swipe upward or
 * sideways is left to the page. Touch only: a mouse, a pen and the keyboard have ×, Escape and the buttons.
 */
export function useSwipeDownToClose(onClose: () => void) {
  const drag = useRef<Drag | null>(null)
  return {
    onTouchStart(event: TouchEvent<HTMLElement>) {
      const touch = event.touches[0]
      const box = event.currentTarget
      drag.current = event.touches.length === 1 && touch && !scrolledAway(event.target, box)
        ? { box, startY: touch.clientY, startX: touch.clientX, moves: [], dragging: false }
        : null
    },
    onTouchMove(event: TouchEvent<HTMLElement>) {
      const current = drag.current
      const touch = event.touches[0]
      if (!current || !touch) return
      const down = touch.clientY - current.startY
      if (!current.dragging) {
        const across = Math.abs(touch.clientX - current.startX)
        if (down < SLOP || across > down) {
          // Upward or sideways first: not a swipe to close, whatever it does next.
          if (down < -SLOP / 2 || across > SLOP) drag.current = null
          return
        }
        current.dragging = true
      }
      current.moves.push({ y: touch.clientY, t: event.timeStamp })
      while (current.moves.length > 2 && event.timeStamp - (current.moves[0]?.t ?? 0) > SPEED_OVER) current.moves.shift()
      current.box.style.transition = 'none'
      current.box.style.transform = `translateY(${Math.max(0, down - SLOP)}px)`
    },
    onTouchEnd(event: TouchEvent<HTMLElement>) {
      const current = drag.current
      drag.current = null
      if (!current?.dragging) return
      const last = current.moves.at(-1) ?? { y: current.startY, t: event.timeStamp }
      const down = last.y - current.startY - SLOP
      if (down >= CLOSE_AT || (down > SLOP && speedAtEnd(current.moves, event.timeStamp) >= FLICK)) onClose()
      else settle(current.box)
    },
    onTouchCancel() {
      if (drag.current?.dragging) settle(drag.current.box)
      drag.current = null
    },
  }
}
