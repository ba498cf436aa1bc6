import { auditLinkLeftovers, parseAuditView, serializeAuditView } from './audit-view'

const read = (search: string) => {
  const params = new URLSearchParams(search)
  const view = parseAuditView(params)
  return { view, own: serializeAuditView(view).toString(), leftovers: auditLinkLeftovers(params, view) }
}

describe('the audit’s link', () => {
  it('reads a status and a policy in any case; its own address leaves the defaults out', () => {
    expect(read('status=revoked&policy=180')).toEqual({ view: { status: 'REVOKED', policy: 180 }, own: 'status=REVOKED&policy=180', leftovers: [] })
    expect(read('status=All')).toEqual({ view: { status: 'all', policy: 90 }, own: 'status=all', leftovers: [] })
    expect(read('status=active&policy=90')).toEqual({ view: { status: 'ACTIVE', policy: 90 }, own: '', leftovers: [] })
  })

  it('names what it does not know, and shows the default in its place', () => {
    expect(read('status=archived&policy=45')).toEqual({ view: { status: 'ACTIVE', policy: 90 }, own: '', leftovers: ['keys “archived”', 'rotation policy “45”'] })
    expect(read('policy=ninety').leftovers).toEqual(['rotation policy “ninety”'])
    expect(read('status=&policy=').leftovers).toEqual([])
  })
})
