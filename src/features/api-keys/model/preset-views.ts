import { DEFAULT_VIEW, serializeListView, type ListView } from './list-view'

export interface PresetView {
  readonly id: string
  readonly label: string
  /** Words a person may type to find it besides its label. */
  readonly keywords: string
  /** The keys page's URL for the view. */
  readonly href: string
}

const preset = (id: string, label: string, keywords: string, change: Partial<ListView>): PresetView => {
  const query = serializeListView({ ...DEFAULT_VIEW, ...change }).toString()
  return { id, label, keywords, href: query ? `/?${query}` : '/' }
}

/** The audit's usual questions as ready-made list views (the command palette offers them). */
export const PRESET_VIEWS: readonly PresetView[] = [
  preset('production-never-used', 'Production keys never used', 'unused stale', { environment: 'PRODUCTION', lastUsed: 'never' }),
  preset('rotation-due', 'Rotation due (created over 90 days ago, active)', 'old rotate', { statuses: ['ACTIVE'], createdOver: 90 }),
  preset('unused-90d', 'Not used in 90 days', 'stale unused', { lastUsed: 'unused_90d' }),
  preset('used-24h', 'Used in the last 24 h', 'recent active day hours', { lastUsed: 'used_24h' }),
  preset('all', 'All keys', 'reset clear everything', {}),
]
