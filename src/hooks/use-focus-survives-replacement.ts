import { useEffect, useRef } from 'react'
import { isShown } from '../lib/is-shown'

const CONTROLS = 'button, a[href]'

interface Focused {
  element: HTMLElement
  /** Its `data-control`, e.g. the action it runs. */
  control: string | undefined
  index: number
}

function shownControls(group: HTMLElement): HTMLElement[] {
  return [...group.querySelectorAll<HTMLElement>(CONTROLS)].filter(isShown)
}

/** The control that stands in for one that went: the same one made anew, the one `standIns` names, else the one now at its place. */
export function standInFor(gone: Pick<Focused, 'control' | 'index'>, controls: readonly HTMLElement[], standIns: Readonly<Partial<Record<string, string>>>): HTMLElement | null {
  const named = (control: string | undefined) => (control === undefined ? undefined : controls.find((element) => element.dataset.control === control))
  return named(gone.control) ?? named(gone.control === undefined ? undefined : standIns[gone.control]) ?? controls[Math.min(gone.index, controls.length - 1)] ?? null
}

/**
 * When an action replaces the control it was started from (Suspend becomes Reactivate, Connect to
 * API becomes Disconnect), focus would fall to <body>: at once, or when the action's dialog closes
 * and finds its opener gone. Instead it goes to the control that stands in for it in the group the
 * returned ref marks (see `standInFor`; controls name themselves with `data-control`).
 */
export function useFocusSurvivesReplacement<T extends HTMLElement>(standIns: Readonly<Partial<Record<string, string>>> = {}) {
  const group = useRef<T>(null)
  const focused = useRef<Focused | null>(null)

  useEffect(() => {
    const element = group.current
    if (!element) return
    const remember = (event: FocusEvent) => {
      const target = event.target
      if (!(target instanceof HTMLElement)) return
      if (element.contains(target)) {
        const index = shownControls(element).indexOf(target)
        if (index >= 0) focused.current = { element: target, control: target.dataset.control, index }
      } else if (!target.closest('[role="dialog"], [role="alertdialog"], [role="menu"]')) {
        // The user went on elsewhere; a dialog or menu opened from the group is still the group's.
        focused.current = null
      }
    }
    document.addEventListener('focusin', remember)
    return () => document.removeEventListener('focusin', remember)
  }, [])

  // After every render: a control replaced, or a dialog closed whose opener went meanwhile.
  useEffect(() => {
    const gone = focused.current
    const element = group.current
    if (!gone || !element || gone.element.isConnected) return
    const active = document.activeElement
    if (active && active !== document.body) return
    focused.current = null
    standInFor(gone, shownControls(element), standIns)?.focus()
  })

  return group
}
