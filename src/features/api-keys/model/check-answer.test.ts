import type { FilterableKey } from '../../../api/filter/fields'
import { findViolations } from './check-answer'
import { planList, type ServerPlan } from './list-plan'
import { DEFAULT_VIEW, type ListView } from './list-view'
import { ASSUMED_CAPABILITIES, type Capabilities } from './server-capabilities'
import { toViewQuery } from './view-query'

const NOW = Date.parse('2026-11-26T12:00:00Z')
const COVAL: Capabilities = { ...ASSUMED_CAPABILITIES, environment: 'honoured', filter: 'honoured', orderBy: 'honoured' }

let serial = 0
function key(fields: Partial<FilterableKey> = {}): FilterableKey {
  serial += 1
  return {
    id: `01K${String(serial).padStart(23, '0')}`,
    name: `key ${serial}`,
    key_type: 'SERVICE',
    environment: 'PRODUCTION',
    status: 'ACTIVE',
    create_time: `2026-11-${String(26 - (serial % 20)).padStart(2, '0')}T00:00:00Z`,
    last_used_at: null,
    ...fields,
  }
}

function check(view: Partial<ListView>, rows: FilterableKey[], capabilities = COVAL, previous?: FilterableKey) {
  const query = toViewQuery({ ...DEFAULT_VIEW, ...view }, NOW)
  const plan = planList(query, capabilities) as ServerPlan
  expect(plan.mode).toBe('server')
  return findViolations(rows, query, plan, previous)
}

const newestFirst = (rows: FilterableKey[]) => [...rows].sort((a, b) => (b.create_time ?? '').localeCompare(a.create_time ?? ''))

describe('findViolations: capability detection from an answer', () => {
  it('finds nothing wrong with rows that match the view, in its order', () => {
    const rows = newestFirst([key(), key(), key({ environment: 'PRODUCTION', key_type: 'SERVICE' })])
    expect(check({ environment: 'PRODUCTION', type: 'SERVICE' }, rows)).toEqual([])
  })

  it('blames the environment parameter for a row of another environment', () => {
    const rows = newestFirst([key(), key({ environment: 'STAGING' })])
    expect(check({ environment: 'PRODUCTION' }, rows)).toEqual(['environment'])
  })

  it('blames the filter when the environment went in the filter', () => {
    const rows = newestFirst([key({ environment: 'DEVELOPMENT' })])
    expect(check({ environment: 'PRODUCTION' }, rows, { ...COVAL, environment: 'ignored' })).toEqual(['filter'])
  })

  it('blames the filter for a row of another type or an older last use', () => {
    expect(check({ type: 'USER' }, [key({ key_type: 'SERVICE' })])).toEqual(['filter'])
    expect(check({ lastUsed: 'used_24h' }, [key({ last_used_at: '2026-11-20T00:00:00Z' })])).toEqual(['filter'])
    expect(check({ lastUsed: 'used_24h' }, [key({ last_used_at: '2026-11-26T11:00:00Z' })])).toEqual([])
  })

  it('blames the status parameter for a row of a status not asked for', () => {
    expect(check({ statuses: ['ACTIVE'] }, [key({ status: 'REVOKED' })])).toEqual(['status'])
  })

  it('blames order_by for rows out of the asked order, and accepts ties in any order', () => {
    const [a, b] = [key({ name: 'alpha' }), key({ name: 'beta' })]
    expect(check({ sort: { field: 'name', desc: false } }, [b, a])).toEqual(['orderBy'])
    expect(check({ sort: { field: 'name', desc: true } }, [b, a])).toEqual([])
    const [x, y] = [key({ name: 'same' }), key({ name: 'Same' })]
    expect(check({ sort: { field: 'name', desc: false } }, [y, x])).toEqual([])
  })

  it('blames the default order when the plain view is not newest first', () => {
    const older = key({ create_time: '2026-01-01T00:00:00Z' })
    const newer = key({ create_time: '2026-02-01T00:00:00Z' })
    expect(check({}, [older, newer])).toEqual(['defaultOrder'])
    expect(check({}, [newer, older])).toEqual([])
  })

  it('checks the order across pages against the last row of the page before', () => {
    const older = key({ create_time: '2026-01-01T00:00:00Z' })
    const newer = key({ create_time: '2026-02-01T00:00:00Z' })
    expect(check({}, [newer], COVAL, older)).toEqual(['defaultOrder'])
    expect(check({}, [older], COVAL, newer)).toEqual([])
  })

  it('keeps never-used keys last in either direction', () => {
    const used = key({ last_used_at: '2026-11-01T00:00:00Z' })
    const never = key({ last_used_at: null })
    expect(check({ sort: { field: 'last_used_at', desc: true } }, [never, used])).toEqual(['orderBy'])
    expect(check({ sort: { field: 'last_used_at', desc: false } }, [used, never])).toEqual([])
  })

  it('blames every capability that failed at once', () => {
    const rows = [key({ environment: 'STAGING', name: 'b' }), key({ key_type: 'USER', name: 'a' })]
    expect(check({ environment: 'PRODUCTION', type: 'SERVICE', sort: { field: 'name', desc: false } }, rows).sort()).toEqual(['environment', 'filter', 'orderBy'])
  })
})
