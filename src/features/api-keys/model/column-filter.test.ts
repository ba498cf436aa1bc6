import { describe, expect, it } from 'vitest'
import { KEY_STATUSES } from '../../../api/enums'
import { oneOf, someOf } from './column-filter'
import { LAST_USED_LABELS, STATUS_LABELS } from './labels'
import { DEFAULT_VIEW, LAST_USED_FILTERS, LAST_USED_PRESETS } from './list-view'

const lastUsed = oneOf('lastUsed', { anyLabel: 'Any use', order: 4, values: LAST_USED_FILTERS, shown: LAST_USED_PRESETS, labels: LAST_USED_LABELS })
const statuses = someOf('statuses', { anyLabel: 'All statuses', order: 2, values: KEY_STATUSES, labels: STATUS_LABELS })

describe('column filters', () => {
  it('offer the shown values, and a value a link chose beside them', () => {
    expect(lastUsed.options(DEFAULT_VIEW).map((o) => o.value)).toEqual([...LAST_USED_PRESETS])
    const fromAudit = { ...DEFAULT_VIEW, lastUsed: 'used_30_90d' as const }
    expect(lastUsed.options(fromAudit).at(-1)).toEqual({ value: 'used_30_90d', label: 'Used 30–90 days ago' })
    expect(lastUsed.selected(fromAudit)).toEqual(['used_30_90d'])
  })

  it('change only the field they drive, and read an unknown value as any', () => {
    expect(lastUsed.change(['never'])).toEqual({ lastUsed: 'never' })
    expect(lastUsed.change([])).toEqual({ lastUsed: null })
    expect(lastUsed.change(['constructor'])).toEqual({ lastUsed: null })
    expect(statuses.change(['REVOKED', 'bogus', 'ACTIVE'])).toEqual({ statuses: ['REVOKED', 'ACTIVE'] })
    expect(statuses.selected({ ...DEFAULT_VIEW, statuses: ['SUSPENDED'] })).toEqual(['SUSPENDED'])
  })
})
