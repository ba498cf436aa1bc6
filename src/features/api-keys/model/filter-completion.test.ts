import { parseFilter } from '../../../api/filter/parse'
import { acceptCompletion, completeFilter } from './filter-completion'

const NOW = new Date('2026-12-01T22:00:00Z')
const labels = (text: string, caret = text.length) => completeFilter(text, caret, NOW).options.map((option) => option.label)
/** Accepts the option labelled `label` at the end of `text`. */
const accept = (text: string, label: string) => {
  const completion = completeFilter(text, text.length, NOW)
  const option = completion.options.find((candidate) => candidate.label === label)
  if (!option) throw new Error(`no option ${label} for ${text}: ${labels(text).join(' ')}`)
  return acceptCompletion(text, completion, option)
}

describe('completion of a filter expression', () => {
  it('offers the coval dialect’s fields where a field goes, narrowed by the typed prefix', () => {
    expect(labels('')).toEqual(['id', 'name', 'key_type', 'status', 'environment', 'create_time', 'update_time', 'last_used_at'])
    expect(labels('key_type=USER AND la')).toEqual(['last_used_at'])
    expect(labels('ST')).toEqual(['status'])
    // Fields Coval's dialect lacks are not offered.
    expect(labels('desc')).toEqual([])
  })

  it('offers the operators the field takes after it', () => {
    expect(labels('key_type ')).toEqual(['=', '!='])
    expect(labels('create_time ')).toEqual(['=', '!=', '<', '<=', '>', '>='])
    expect(labels('create_time !')).toEqual(['!='])
    // A complete operator is taken as typed: what follows is its value.
    expect(labels('create_time <')).toEqual(['"2026-12-01T00:00:00Z"'])
  })

  it('offers an enum field’s values after its operator, bare or quoted as typed', () => {
    expect(labels('key_type=')).toEqual(['SERVICE', 'USER'])
    expect(labels('environment != st')).toEqual(['STAGING'])
    expect(labels('status="RE')).toEqual(['"REVOKED"'])
  })

  it('offers a timestamp template after a timestamp field’s operator, and nothing for free text', () => {
    expect(labels('last_used_at < ')).toEqual(['"2026-12-01T00:00:00Z"'])
    expect(labels('name = ')).toEqual([])
  })

  it('offers AND and OR after a complete comparison, and nothing where the syntax is already wrong', () => {
    expect(labels('key_type=USER ')).toEqual(['AND', 'OR'])
    expect(labels('key_type=USER a')).toEqual(['AND'])
    expect(labels('key_type != USER AND status = "REVOKED" ')).toEqual(['AND', 'OR'])
    expect(labels('bogus = 1 ')).toEqual([])
    expect(labels('(key_type')).toEqual([])
  })

  it('completes at the caret, replacing the whole word under it', () => {
    const text = 'key_type=USER AND sta=ACTIVE'
    const completion = completeFilter(text, text.indexOf('sta') + 2, NOW)
    expect(completion.options.map((option) => option.label)).toEqual(['status'])
    expect(completion).toMatchObject({ from: 18, to: 21 })
    const [status] = completion.options
    if (!status) throw new Error('no option')
    expect(acceptCompletion(text, completion, status)).toEqual({ text: 'key_type=USER AND status =ACTIVE', caret: 25 })
  })

  it('builds a valid expression by accepting suggestions one after another', () => {
    let text = ''
    for (const label of ['key_type', '=', 'SERVICE', 'AND', 'last_used_at', '<', '"2026-12-01T00:00:00Z"']) text = accept(text, label).text
    expect(text).toBe('key_type = SERVICE AND last_used_at < "2026-12-01T00:00:00Z" ')
    expect(parseFilter(text, 'coval')).toMatchObject({ kind: 'and' })
  })
})
