import { useSyncExternalStore } from 'react'
import type { ApiKey } from '../../api/api-key-schema'
import { useFindKeys } from '../../features/api-keys/api/use-find-keys'
import { ENVIRONMENT_LABELS, MISSING, STATUS_LABELS, labelOf } from '../../features/api-keys/model/labels'
import { shortMaskedKey } from '../../features/api-keys/model/masked-key'
import { shownName } from '../../features/api-keys/model/key-actions'
import { PRESET_VIEWS } from '../../features/api-keys/model/preset-views'
import { useSavedViews } from '../../features/api-keys/hooks/use-saved-views'
import { describeSavedQuery, savedViewHref, type SavedView } from '../../features/api-keys/model/saved-views'
import { formatCount } from '../../lib/intl'
import { onTouchPhone } from '../../lib/touch-phone'
import { storedTheme, subscribeTheme } from '../theme'
import { paletteActions, paletteSections, type ActionCommand, type PaletteItem } from './palette-items'

export type PaletteCommand = ActionCommand | { kind: 'key'; id: string } | { kind: 'view'; href: string }

/** What the palette needs from the app around it. */
export interface PaletteHost {
  readonly path: string
  readonly mode: 'demo' | 'connected' | 'disconnected'
  readonly demoAvailable: boolean
  readonly onConnect: () => void
  readonly onDisconnect: () => void
  readonly onUseDemo: () => void
  readonly onResetDemo: () => void
}

function keyItem(key: ApiKey): PaletteItem<PaletteCommand> {
  const end = key.api_key ? shortMaskedKey(key.api_key) : MISSING
  return {
    id: `key-${key.id}`,
    group: 'Keys',
    label: shownName(key) ?? 'Untitled key',
    detail: `${labelOf(ENVIRONMENT_LABELS, key.environment)} · ${labelOf(STATUS_LABELS, key.status)} · ${end}`,
    command: { kind: 'key', id: key.id },
  }
}

const VIEW_ITEMS: PaletteItem<PaletteCommand>[] = PRESET_VIEWS.map((view) => ({
  id: `view-${view.id}`,
  group: 'Views',
  label: view.label,
  keywords: `view filter ${view.keywords}`,
  command: { kind: 'view', href: view.href },
}))

/** The keys list searched for the text: every key found, where the palette lists the first few. Its label holds the text, so the text finds it. */
const everyFoundItem = (text: string, total: number): PaletteItem<PaletteCommand> => ({
  id: 'view-every-found',
  group: 'Views',
  label: `All ${formatCount(total)} keys matching ${text}`,
  keywords: 'search list',
  command: { kind: 'view', href: `/?${new URLSearchParams({ q: text }).toString()}` },
})

// Applied as a preset is: the keys page's address for the view.
const savedViewItem = (view: SavedView): PaletteItem<PaletteCommand> => ({
  id: `saved-view-${view.id}`,
  group: 'Saved views',
  label: view.name,
  detail: describeSavedQuery(view.query),
  keywords: 'saved view',
  command: { kind: 'view', href: savedViewHref(view.query) },
})

/** The palette's results for the text typed: keys found through the planner, preset and saved views, actions. */
export function usePaletteItems(text: string, host: PaletteHost) {
  const theme = useSyncExternalStore(subscribeTheme, storedTheme)
  const canReadKeys = host.mode !== 'disconnected'
  const found = useFindKeys(text, canReadKeys)
  const saved = useSavedViews()
  const actions = paletteActions({ path: host.path, mode: host.mode, demoAvailable: host.demoAvailable, theme, touchPhone: onTouchPhone() })
  // More keys than the palette lists: the list's search shows them all.
  const all = found.total > found.keys.length ? [everyFoundItem(found.text, found.total)] : []
  const sections = paletteSections(found.keys.map(keyItem), [...all, ...(canReadKeys ? [...VIEW_ITEMS, ...saved.map(savedViewItem)] : []), ...actions], text)
  return { sections, found, canReadKeys }
}
