import type { Theme } from '../theme'

export const PALETTE_GROUPS = ['Keys', 'Views', 'Saved views', 'Actions'] as const
export type PaletteGroup = (typeof PALETTE_GROUPS)[number]

/** One thing the palette offers: what it says, where it is listed, and what Enter does. */
export interface PaletteItem<C = string> {
  readonly id: string
  readonly group: PaletteGroup
  readonly label: string
  /** A second line (a key's environment, status and masked end). */
  readonly detail?: string
  readonly keywords?: string
  readonly command: C
}

export type ActionCommand =
  | { kind: 'create' }
  | { kind: 'export' }
  | { kind: 'shortcuts' }
  | { kind: 'go'; href: string }
  | { kind: 'theme'; theme: Theme }
  | { kind: 'connect' }
  | { kind: 'disconnect' }
  | { kind: 'use-demo' }
  | { kind: 'reset-demo' }

export interface ActionContext {
  readonly path: string
  readonly mode: 'demo' | 'connected' | 'disconnected'
  readonly demoAvailable: boolean
  readonly theme: Theme
  /** A phone's touch screen, which hides the keyboard shortcuts (see onTouchPhone). */
  readonly touchPhone: boolean
}

const THEME_LABELS: Record<Theme, string> = { system: 'Use the system theme', light: 'Use the light theme', dark: 'Use the dark theme' }

const action = (id: string, label: string, command: ActionCommand, keywords = ''): PaletteItem<ActionCommand> => ({ id, group: 'Actions', label, command, keywords })

/** The actions that make sense here: export only on the keys page, reset only in the demo, shortcuts not on a touch phone, and so on. */
export function paletteActions({ path, mode, demoAvailable, theme, touchPhone }: ActionContext): PaletteItem<ActionCommand>[] {
  const actions: PaletteItem<ActionCommand>[] = []
  if (mode !== 'disconnected') actions.push(action('create', 'Create key', { kind: 'create' }, 'new add'))
  if (mode !== 'disconnected' && path === '/') actions.push(action('export', 'Export this view', { kind: 'export' }, 'download csv json'))
  if (mode !== 'disconnected' && path === '/' && !touchPhone) actions.push(action('shortcuts', 'Keyboard shortcuts', { kind: 'shortcuts' }, 'keys help hotkeys'))
  if (path !== '/audit') actions.push(action('audit', 'Audit overview', { kind: 'go', href: '/audit' }, 'stale rotation report'))
  if (path !== '/') actions.push(action('keys', 'Go to the API keys', { kind: 'go', href: '/' }, 'list table'))
  for (const next of (['light', 'dark', 'system'] as const).filter((t) => t !== theme)) {
    actions.push(action(`theme-${next}`, THEME_LABELS[next], { kind: 'theme', theme: next }, 'theme appearance mode'))
  }
  if (mode === 'connected') actions.push(action('disconnect', 'Disconnect', { kind: 'disconnect' }, 'sign out log out api'))
  else actions.push(action('connect', 'Connect to API', { kind: 'connect' }, 'sign in log in admin key'))
  if (mode !== 'demo' && demoAvailable) actions.push(action('use-demo', 'Use demo data', { kind: 'use-demo' }))
  if (mode === 'demo') actions.push(action('reset-demo', 'Reset demo data', { kind: 'reset-demo' }, 'seed restore'))
  return actions
}

// Words for what is done to one key: the palette runs no key action, but says where they are.
const KEY_ACTION_WORDS = /\b(suspend|reactivate|revoke|delete|remove|rotate|disable|enable|deactivate|pause|renew)\b/i

/**
 * When nothing matches text that asks for a key action ("revoke", "delete staging"): where those
 * actions are, so a search that found nothing still leads somewhere. Null for any other text.
 */
export function keyActionHint(text: string): string | null {
  if (!KEY_ACTION_WORDS.test(text)) return null
  return 'Suspend, reactivate, rotate, revoke and delete are on each key: type part of its name to go to it, or select keys in the list.'
}

/** Whether every word typed appears in the item's label or keywords, in any case. */
export function matchesText(item: Pick<PaletteItem<unknown>, 'label' | 'keywords'>, text: string): boolean {
  const haystack = `${item.label} ${item.keywords ?? ''}`.toLowerCase()
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word))
}

export interface PaletteSection<C> {
  readonly group: PaletteGroup
  readonly items: readonly PaletteItem<C>[]
}

/**
 * How well a label answers what was typed, best first: it starts with the text (0), a word of it
 * does (1), it holds the text (2), or only the keywords or a word at a time match (3).
 */
export function matchRank(label: string, text: string): number {
  const typed = text.trim().toLowerCase()
  if (!typed) return 0
  const said = label.toLowerCase()
  if (said.startsWith(typed)) return 0
  if (said.split(/[\s\-_—–(/:.·]+/).some((word) => word.startsWith(typed))) return 1
  return said.includes(typed) ? 2 : 3
}

/**
 * The results, empty groups left out. The group holding the best match comes first; on a tie the
 * palette's own commands (views, saved views, actions) come before keys, whose names anyone may
 * choose, then the groups' own order; within a group, better matches first, the rest as they came
 * (keys as the server found them). So "export" then Enter exports, and "audit" opens the audit,
 * whatever keys are named "Export job" or "Audit log shipper"; a key found by its id or last four
 * is an exact match. Nothing typed: the groups' own order.
 */
export function paletteSections<C>(keys: readonly PaletteItem<C>[], commands: readonly PaletteItem<C>[], text: string): PaletteSection<C>[] {
  const all = [...keys, ...commands.filter((item) => matchesText(item, text))]
  const rank = new Map(all.map((item) => [item, matchRank(item.label, text)]))
  // A key whose name does not hold the text was found by its id or last four: an exact match.
  for (const key of keys) if (rank.get(key) === 3) rank.set(key, 0)
  const rankOf = (item: PaletteItem<C>) => rank.get(item) ?? 3
  const sections = PALETTE_GROUPS.map((group) => ({ group, items: all.filter((item) => item.group === group).sort((a, b) => rankOf(a) - rankOf(b)) }))
  const best = (section: PaletteSection<C>) => Math.min(...section.items.map(rankOf))
  const keysLast = text.trim() === '' ? () => 0 : (section: PaletteSection<C>) => (section.group === 'Keys' ? 1 : 0)
  return sections.filter((section) => section.items.length > 0).sort((a, b) => best(a) - best(b) || keysLast(a) - keysLast(b))
}

/** The next option for an arrow key, wrapping at both ends; -1 when there is none. */
export function movedIndex(current: number, delta: number, count: number): number {
  if (count === 0) return -1
  if (current < 0) return delta > 0 ? 0 : count - 1
  return (((current + delta) % count) + count) % count
}
