import { requestExport } from '../../features/api-keys/components/export/export-request'
import { requestShortcutsHelp } from '../../features/api-keys/components/shortcuts/shortcuts-request'
import { keyDetailPath } from '../../features/api-keys/model/key-path'
import { navigateTo } from '../../hooks/use-location-search'
import { saveTheme } from '../theme'
import type { PaletteCommand, PaletteHost } from './use-palette-items'

/** Whether the command shows another page: the focus then goes to that page (its heading), not back to where the palette was called. */
export function leavesThePage(command: PaletteCommand, path: string): boolean {
  if (command.kind === 'key') return true
  if (command.kind === 'view' || command.kind === 'go') return new URL(command.href, window.location.href).pathname !== path
  return false
}

/**
 * Does what a palette item says, once the palette has closed and focus is back on `origin`.
 * Says when Create key must wait for the keys page (its dialog belongs to the page shown, so opens once that page is).
 */
export function runPaletteCommand(command: PaletteCommand, host: PaletteHost, origin: HTMLElement | null, openCreate: (opener: HTMLElement | null) => void): 'create-after-navigation' | 'done' {
  switch (command.kind) {
    case 'key':
      navigateTo(keyDetailPath(command.id), 'push', true)
      break
    case 'view':
    case 'go':
      navigateTo(command.href, 'push')
      break
    case 'create':
      if (host.path !== '/') {
        navigateTo('/', 'push')
        return 'create-after-navigation'
      }
      openCreate(origin)
      break
    case 'export':
      requestExport()
      break
    case 'shortcuts':
      requestShortcutsHelp()
      break
    case 'theme':
      saveTheme(command.theme)
      break
    case 'connect':
      host.onConnect()
      break
    case 'disconnect':
      host.onDisconnect()
      break
    case 'use-demo':
      host.onUseDemo()
      break
    case 'reset-demo':
      host.onResetDemo()
      break
  }
  return 'done'
}
