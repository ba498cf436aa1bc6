import { keyFrom } from '../../../test/api-key'
import { browserNote } from './browser-note'
import { describeView } from './export-view-label'
import { loadExpressionParser, readExpression } from './expression-reading'
import { planList } from './list-plan'
import { DEFAULT_VIEW, type ListView } from './list-view'
import { ASSUMED_CAPABILITIES, type Capabilities } from './server-capabilities'
import { toViewQuery, viewPredicate } from './view-query'

const NOW = Date.parse('2026-11-26T12:34:56Z')
const COVAL: Capabilities = { ...ASSUMED_CAPABILITIES, environment: 'honoured', filter: 'honoured', orderBy: 'honoured' }
const DOCUMENTED: Capabilities = { ...ASSUMED_CAPABILITIES, environment: 'ignored', filter: 'ignored', orderBy: 'ignored' }
const view = (change: Partial<ListView>): ListView => ({ ...DEFAULT_VIEW, ...change })
const plan = (change: Partial<ListView>, capabilities: Capabilities) => planList(toViewQuery(view(change), NOW), capabilities)

const keys = [
  keyFrom({ id: 'A', name: 'CI', key_type: 'SERVICE', status: 'ACTIVE', last_used_at: '2026-08-01T00:00:00Z' }),
  keyFrom({ id: 'B', name: 'Ann', key_type: 'USER', status: 'ACTIVE', last_used_at: '2026-08-01T00:00:00Z' }),
  keyFrom({ id: 'C', name: 'Job', key_type: 'SERVICE', status: 'REVOKED', last_used_at: '2026-10-01T00:00:00Z' }),
  keyFrom({ id: 'D', name: 'Old', key_type: 'SERVICE', status: 'ACTIVE', last_used_at: null }),
]
const found = (change: Partial<ListView>) => keys.filter(viewPredicate(toViewQuery(view(change), NOW))).map((key) => key.id)

describe('the filter expression of the Advanced field', () => {
  it('is "loading" until its parser has loaded, and "none" when blank', async () => {
    expect(readExpression('  ')).toEqual({ kind: 'none' })
    await loadExpressionParser()
    expect(readExpression('key_type=USER').kind).toBe('valid')
  })

  it('narrows the list, ANDed with the other filters', () => {
    expect(found({ expression: 'key_type=SERVICE AND last_used_at<"2026-09-01T00:00:00Z"' })).toEqual(['A'])
    expect(found({ expression: 'key_type=SERVICE', statuses: ['REVOKED'] })).toEqual(['C'])
    expect(found({ expression: 'name=Ann OR status=REVOKED' })).toEqual(['B', 'C'])
  })

  it('is not applied when invalid: the position is the parser’s', () => {
    const reading = readExpression('key_type=SERVICE AND last_used_at<yesterday')
    expect(reading).toMatchObject({ kind: 'invalid', position: 34 })
    expect(reading.kind === 'invalid' && reading.message).toMatch(/^Invalid timestamp "yesterday" at position 35/)
    expect(found({ expression: 'key_type=SERVICE AND last_used_at<yesterday' })).toEqual(['A', 'B', 'C', 'D'])
  })

  it('goes to the server in the shared syntax where the server honours filters', async () => {
    await loadExpressionParser()
    const result = plan({ expression: 'key_type=SERVICE AND last_used_at<"2026-09-01T00:00:00Z"', type: 'SERVICE' }, COVAL)
    expect(result.mode).toBe('server')
    expect(result.request.filter).toBe('key_type = "SERVICE" AND key_type = "SERVICE" AND last_used_at < "2026-09-01T00:00:00Z"')
    expect(result.mode === 'server' && result.carriedBy.expression).toBe('filter')
    expect(plan({ expression: 'name="CI" AND status!=REVOKED' }, COVAL).request.filter).toBe('name = "CI" AND status != "REVOKED"')
  })

  it('is read in the browser where filters are not honoured, or the shared syntax cannot say it', async () => {
    await loadExpressionParser()
    const ignored = plan({ expression: 'key_type=USER' }, DOCUMENTED)
    expect(ignored).toMatchObject({ mode: 'browser', reasons: [{ part: 'expression', because: 'server', capability: 'filter', support: 'ignored' }] })
    const or = plan({ expression: 'key_type=USER OR status=REVOKED' }, COVAL)
    expect(or).toMatchObject({ mode: 'browser', reasons: [{ part: 'expression', because: 'language' }] })
    // "*" is literal in Coval's dialect but a wildcard in AIP-160's: not sent.
    expect(plan({ expression: 'name="CI*"' }, COVAL).mode).toBe('browser')
    expect(or.mode === 'browser' && browserNote(or.reasons)).toBe('Coval’s filter language cannot say this; filtering here in your browser.')
  })

  it('is named in an export', () => {
    expect(describeView(view({ expression: 'key_type=USER', type: 'USER' }))).toBe('User keys, matching key_type=USER')
  })
})
