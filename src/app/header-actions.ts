import type { IconName } from '../components/ui/icon'
import type { AppModeControls } from './use-app-mode'

/** One of the header's mode actions: a button on wide screens, an item of the "More" menu on narrow ones. */
export interface HeaderAction {
  id: 'demo-settings' | 'reset-demo' | 'connect' | 'disconnect' | 'use-demo'
  label: string
  icon: IconName
  /** Opens a dialog (the label then ends with "…" in the menu, and the button says aria-haspopup). */
  opensDialog: boolean
  run: () => void
}

/** The mode's actions, in the header's order; the same list feeds the buttons and the menu. */
export function headerActions(modes: AppModeControls, handlers: { connect: () => void; openDemoSettings: () => void }): HeaderAction[] {
  const { mode } = modes
  const actions: HeaderAction[] = []
  if (mode.kind === 'demo') {
    if (modes.demo && import.meta.env.VITE_ENABLE_DEMO !== 'false') actions.push({ id: 'demo-settings', label: 'Demo settings', icon: 'sliders-horizontal', opensDialog: true, run: handlers.openDemoSettings })
    actions.push({ id: 'reset-demo', label: 'Reset demo data', icon: 'rotate-ccw', opensDialog: false, run: modes.resetDemo })
    actions.push({ id: 'connect', label: 'Connect to API', icon: 'plug-zap', opensDialog: true, run: handlers.connect })
  }
  if (mode.kind === 'connected') actions.push({ id: 'disconnect', label: 'Disconnect', icon: 'unplug', opensDialog: false, run: modes.disconnect })
  if (mode.kind === 'disconnected') actions.push({ id: 'connect', label: 'Connect to API', icon: 'plug-zap', opensDialog: true, run: handlers.connect })
  if (mode.kind !== 'demo' && modes.demoAvailable) actions.push({ id: 'use-demo', label: 'Use demo data', icon: 'flask-conical', opensDialog: false, run: modes.switchToDemo })
  return actions
}
