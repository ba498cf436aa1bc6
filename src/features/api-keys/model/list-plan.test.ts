import { planList, type BrowserPlan, type ServerPlan } from './list-plan'
import { DEFAULT_VIEW, type ListView } from './list-view'
import { ASSUMED_CAPABILITIES, type Capabilities } from './server-capabilities'
import { toViewQuery } from './view-query'

const NOW = Date.parse('2026-11-26T12:34:56Z')
const ALL = ['ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED']
const COVAL: Capabilities = { ...ASSUMED_CAPABILITIES, environment: 'honoured', filter: 'honoured', orderBy: 'honoured' }
const DOCUMENTED: Capabilities = { ...ASSUMED_CAPABILITIES, environment: 'ignored', filter: 'ignored', orderBy: 'ignored' }

const plan = (view: Partial<ListView>, capabilities: Capabilities = COVAL) => planList(toViewQuery({ ...DEFAULT_VIEW, ...view }, NOW), capabilities)
const server = (view: Partial<ListView>, capabilities?: Capabilities) => {
  const result = plan(view, capabilities)
  if (result.mode !== 'server') throw new Error(`expected a server plan, got ${JSON.stringify(result)}`)
  return result as ServerPlan
}
const browser = (view: Partial<ListView>, capabilities?: Capabilities) => {
  const result = plan(view, capabilities)
  if (result.mode !== 'browser') throw new Error(`expected a browser plan, got ${JSON.stringify(result)}`)
  return result as BrowserPlan
}

describe('planList: what each view sends', () => {
  it('sends every status, and nothing else, for the plain view under any server', () => {
    for (const capabilities of [ASSUMED_CAPABILITIES, COVAL, DOCUMENTED]) {
      const result = server({}, capabilities)
      expect(result.request).toEqual({ statuses: ALL })
      expect(result.unproven).toEqual([])
      expect(result.orderedBy).toBe('defaultOrder')
    }
  })

  it('sends the picked statuses in the contract order', () => {
    expect(server({ statuses: ['EXPIRED', 'ACTIVE'] }).request.statuses).toEqual(['ACTIVE', 'EXPIRED'])
  })

  it('sends environment, type, recent use and the sort in syntax both dialects read alike', () => {
    const result = server({ environment: 'PRODUCTION', type: 'SERVICE', lastUsed: 'used_24h', sort: { field: 'name', desc: false } })
    expect(result.request).toEqual({
      statuses: ALL,
      environment: 'PRODUCTION',
      filter: 'key_type = "SERVICE" AND last_used_at >= "2026-11-25T12:00:00.000Z"',
      orderBy: 'name',
    })
    expect(result.carriedBy).toEqual({ status: 'status', environment: 'environment', type: 'filter', lastUsed: 'filter' })
    expect(result.orderedBy).toBe('orderBy')
    expect(server({ sort: { field: 'last_used_at', desc: true } }).request.orderBy).toBe('last_used_at desc')
  })

  it('sends the spans of last use and the age as comparisons joined by AND', () => {
    expect(server({ lastUsed: 'used_30_90d', createdOver: 90 }).request.filter).toBe(
      'last_used_at >= "2026-08-28T12:00:00.000Z" AND last_used_at < "2026-10-27T12:00:00.000Z" AND create_time < "2026-08-28T12:00:00.000Z"',
    )
    expect(server({ lastUsed: 'used_over_90d' }).request.filter).toBe('last_used_at < "2026-08-28T12:00:00.000Z"')
  })

  it('names what has not been proven on this server yet, so it is probed before a count is shown', () => {
    expect(server({ environment: 'STAGING' }, ASSUMED_CAPABILITIES).unproven).toEqual(['environment'])
    expect(server({ type: 'USER', sort: { field: 'name', desc: true } }, ASSUMED_CAPABILITIES).unproven).toEqual(['filter', 'orderBy'])
    expect(server({ environment: 'STAGING', type: 'USER' }, COVAL).unproven).toEqual([])
  })

  it('reads in the browser what no shared filter syntax can say: name search, never used, not used in N days', () => {
    for (const view of [{ search: 'ci' }, { lastUsed: 'never' }, { lastUsed: 'unused_30d' }, { lastUsed: 'unused_90d' }] as const) {
      const result = browser(view)
      expect(result.request).toEqual({ statuses: ALL })
      expect(result.reasons).toEqual([{ part: 'search' in view ? 'search' : 'lastUsed', because: 'language' }])
    }
  })

  it('reads everything of the asked statuses in the browser when any part is left over, sending nothing else', () => {
    const result = browser({ statuses: ['ACTIVE'], environment: 'PRODUCTION', type: 'SERVICE', search: 'ci', sort: { field: 'name', desc: false } })
    expect(result.request).toEqual({ statuses: ['ACTIVE'] })
  })
})

describe('planList: under what a server is known to do', () => {
  it('documented: environment, type and sort all go to the browser, and say the server ignores them', () => {
    const result = browser({ environment: 'PRODUCTION', type: 'SERVICE', sort: { field: 'name', desc: false } }, DOCUMENTED)
    expect(result.reasons).toEqual([
      { part: 'environment', because: 'server', capability: 'environment', support: 'ignored' },
      { part: 'type', because: 'server', capability: 'filter', support: 'ignored' },
      { part: 'sort', because: 'server', capability: 'orderBy', support: 'ignored' },
    ])
  })

  it('an ignored environment parameter goes into the filter when filters work', () => {
    const result = server({ environment: 'DEVELOPMENT', type: 'USER' }, { ...COVAL, environment: 'ignored' })
    expect(result.request).toEqual({ statuses: ALL, filter: 'environment = "DEVELOPMENT" AND key_type = "USER"' })
    expect(result.carriedBy.environment).toBe('filter')
  })

  it('a refused filter is said to be refused', () => {
    expect(browser({ type: 'USER' }, { ...COVAL, filter: 'refused' }).reasons).toEqual([{ part: 'type', because: 'server', capability: 'filter', support: 'refused' }])
  })

  it('a server that does not list newest first is asked for that order, or the browser sorts', () => {
    const asked = server({}, { ...COVAL, defaultOrder: 'ignored' })
    expect(asked.request.orderBy).toBe('create_time desc')
    expect(asked.orderedBy).toBe('orderBy')
    expect(browser({}, { ...DOCUMENTED, defaultOrder: 'ignored' }).reasons).toEqual([{ part: 'sort', because: 'server', capability: 'orderBy', support: 'ignored' }])
  })

  it('a server that ignores the status parameter has the browser filter statuses too', () => {
    expect(browser({ statuses: ['REVOKED'] }, { ...COVAL, status: 'ignored' })).toMatchObject({ request: { statuses: ['REVOKED'] }, reasons: [{ part: 'status', capability: 'status' }] })
  })
})
