import { viewLeavesOut } from './view-leaves-out'

const NOW = Date.parse('2026-12-05T12:00:00Z')
const created = { id: '01JNEWKEY000000000000000000', name: 'Billing webhooks', key_type: 'SERVICE', environment: 'PRODUCTION', status: 'ACTIVE', create_time: '2026-12-05T11:59:00Z', last_used_at: null, api_key: 'coval_sk_prod_abcdefghijklmnopqrstuvwxyz1234' }

describe('viewLeavesOut', () => {
  it('keeps a new key in the default view, and in views it matches', () => {
    expect(viewLeavesOut(created, '', NOW)).toBe(false)
    expect(viewLeavesOut(created, '?env=PRODUCTION&type=SERVICE&status=ACTIVE', NOW)).toBe(false)
    expect(viewLeavesOut(created, '?used=never&q=billing', NOW)).toBe(false)
  })

  it('says when the filters or the search leave it out', () => {
    expect(viewLeavesOut(created, '?env=STAGING', NOW)).toBe(true)
    expect(viewLeavesOut(created, '?status=SUSPENDED', NOW)).toBe(true)
    expect(viewLeavesOut(created, '?q=deploys', NOW)).toBe(true)
    // Created a minute ago: not among keys created over 90 days ago.
    expect(viewLeavesOut(created, '?created=90', NOW)).toBe(true)
  })
})
