import { DEFAULT_VIEW, activeFilterCount, isFiltered, parseListView, serializeListView, updateView, type ListView } from './list-view'

const parse = (query: string) => parseListView(new URLSearchParams(query))

describe('the list view in the URL', () => {
  it('reads an empty URL as the default view', () => {
    expect(parse('')).toEqual(DEFAULT_VIEW)
    expect(serializeListView(DEFAULT_VIEW).toString()).toBe('')
  })

  it('round-trips every field', () => {
    const view: ListView = {
      search: 'ci "bot"',
      environment: 'PRODUCTION',
      statuses: ['ACTIVE', 'SUSPENDED'],
      type: 'SERVICE',
      lastUsed: 'unused_90d',
      createdOver: 90,
      expression: 'name="a b"',
      sort: { field: 'last_used_at', desc: false },
      pageSize: 50,
      page: 3,
    }
    const query = serializeListView(view).toString()
    expect(query).toBe('q=ci+%22bot%22&env=PRODUCTION&status=ACTIVE%2CSUSPENDED&type=SERVICE&used=unused_90d&created=90&filter=name%3D%22a+b%22&sort=last_used_at.asc&size=50&page=3')
    expect(parse(query)).toEqual(view)
  })

  it('corrects invalid values one by one instead of failing the whole view', () => {
    const view = parse('env=MARS&status=ACTIVE,BOGUS,REVOKED,ACTIVE&type=ROBOT&used=yesterday&created=45&sort=colour.asc&size=15&page=-2&q=ok')
    expect(view).toEqual({ ...DEFAULT_VIEW, search: 'ok', statuses: ['ACTIVE', 'REVOKED'] })
  })

  it('reads numbers as numbers, refuses the rest, and takes the last of a repeated parameter', () => {
    expect(parse('size=abc&page=1.5&created=')).toEqual(DEFAULT_VIEW)
    expect(parse('size=&page=10001')).toEqual(DEFAULT_VIEW)
    expect(parse('size=100&page=10000&created=365')).toEqual({ ...DEFAULT_VIEW, pageSize: 100, page: 10_000, createdOver: 365 })
    expect(parse('env=STAGING&env=PRODUCTION&q=a&q=b')).toEqual({ ...DEFAULT_VIEW, environment: 'PRODUCTION', search: 'b' })
    expect(parse(`q=${'x'.repeat(201)}`).search).toBe('')
    expect(parse(`q=${'x'.repeat(200)}`).search).toBe('x'.repeat(200))
    expect(parse('q=+++').search).toBe('')
  })

  it('reads the filter expression as written, an overlong one too (the field says it is not applied), and drops a blank one', () => {
    expect(parse('filter=key_type%3DSERVICE+AND+status%3DACTIVE').expression).toBe('key_type=SERVICE AND status=ACTIVE')
    expect(parse('filter=+++').expression).toBe('')
    expect(parse(`filter=${'a'.repeat(2001)}&type=USER`)).toEqual({ ...DEFAULT_VIEW, type: 'USER', expression: 'a'.repeat(2001) })
    expect(serializeListView({ ...DEFAULT_VIEW, expression: '  ' }).toString()).toBe('')
  })

  it('keeps every status pressed as pressed, which filters nothing', () => {
    const view = parse('status=EXPIRED,ACTIVE,SUSPENDED,REVOKED')
    expect(view.statuses).toEqual(['EXPIRED', 'ACTIVE', 'SUSPENDED', 'REVOKED'])
    expect(isFiltered(view)).toBe(false)
  })

  it('keeps a later page without any token (the list layer finds its way there), and ignores old links\' cursors', () => {
    expect(parse('page=4')).toMatchObject({ page: 4 })
    expect(parse('page=4&cursor=abc')).toEqual({ ...DEFAULT_VIEW, page: 4 })
    expect(serializeListView(parse('page=4&cursor=abc')).toString()).toBe('page=4')
    expect(parse('page=abc')).toMatchObject({ page: 1 })
  })

  it('returns to page 1 on any change but paging', () => {
    const onPage3: ListView = { ...DEFAULT_VIEW, page: 3 }
    expect(updateView(onPage3, { environment: 'STAGING' })).toMatchObject({ environment: 'STAGING', page: 1 })
    expect(updateView(onPage3, { pageSize: 100 })).toMatchObject({ page: 1 })
    expect(updateView(onPage3, { sort: { field: 'name', desc: true } })).toMatchObject({ page: 1 })
  })

  it('knows when a view is filtered (sort and page size are not filters)', () => {
    expect(isFiltered(DEFAULT_VIEW)).toBe(false)
    expect(isFiltered({ ...DEFAULT_VIEW, sort: { field: 'name', desc: false }, pageSize: 100 })).toBe(false)
    expect(isFiltered({ ...DEFAULT_VIEW, search: '  ' })).toBe(false)
    expect(isFiltered({ ...DEFAULT_VIEW, lastUsed: 'never' })).toBe(true)
    expect(isFiltered({ ...DEFAULT_VIEW, createdOver: 7 })).toBe(true)
    expect(isFiltered({ ...DEFAULT_VIEW, expression: 'key_type=USER' })).toBe(true)
  })

  it('counts the column filters that narrow the list, not search, expression, sort or every status', () => {
    expect(activeFilterCount(DEFAULT_VIEW)).toBe(0)
    expect(activeFilterCount({ ...DEFAULT_VIEW, search: 'ci', expression: 'key_type=USER', pageSize: 100 })).toBe(0)
    expect(activeFilterCount({ ...DEFAULT_VIEW, statuses: ['ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED'] })).toBe(0)
    expect(activeFilterCount({ ...DEFAULT_VIEW, statuses: ['ACTIVE', 'SUSPENDED'] })).toBe(1)
    expect(activeFilterCount({ ...DEFAULT_VIEW, environment: 'STAGING', type: 'USER', lastUsed: 'never', createdOver: 90, statuses: ['REVOKED'] })).toBe(5)
  })
})
