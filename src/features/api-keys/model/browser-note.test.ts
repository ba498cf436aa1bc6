import { browserNote } from './browser-note'

describe('browserNote', () => {
  it('says nothing when the server does the whole view', () => {
    expect(browserNote([])).toBeNull()
  })

  it('says which parameter the server ignores, and what the browser does instead', () => {
    expect(browserNote([{ part: 'environment', because: 'server', capability: 'environment', support: 'ignored' }])).toBe(
      'This server ignores the environment filter; filtering here in your browser.',
    )
    expect(browserNote([{ part: 'sort', because: 'server', capability: 'orderBy', support: 'refused' }])).toBe('This server refuses the sort order; sorting here in your browser.')
  })

  it('explains what the filter language cannot say, once per reason', () => {
    expect(browserNote([{ part: 'search', because: 'language' }])).toBe('Coval’s filter language has no name search; searching here in your browser.')
    // Coval's language, which the app writes to every server: not a fault of an AIP-160 server, which could say it.
    expect(browserNote([{ part: 'lastUsed', because: 'language' }])).toBe('Coval’s filter language cannot select keys never used; filtering here in your browser.')
  })

  it('names everything the server ignores in one list, said once, by what the person set', () => {
    // Production and Service on the documented server: the environment went as `environment=`, the
    // type as `filter=`. It said "ignores the environment filter, and this server ignores filters".
    expect(
      browserNote([
        { part: 'environment', because: 'server', capability: 'environment', support: 'ignored' },
        { part: 'type', because: 'server', capability: 'filter', support: 'ignored' },
      ]),
    ).toBe('This server ignores the environment and type filters; filtering here in your browser.')
    expect(
      browserNote([
        { part: 'type', because: 'server', capability: 'filter', support: 'ignored' },
        { part: 'environment', because: 'server', capability: 'filter', support: 'ignored' },
        { part: 'created', because: 'server', capability: 'filter', support: 'ignored' },
        { part: 'sort', because: 'server', capability: 'orderBy', support: 'ignored' },
      ]),
    ).toBe('This server ignores the type, environment and creation-date filters and the sort order; filtering and sorting here in your browser.')
    expect(
      browserNote([
        { part: 'search', because: 'server', capability: 'filter', support: 'ignored' },
        { part: 'expression', because: 'server', capability: 'filter', support: 'ignored' },
      ]),
    ).toBe('This server ignores the search and the filter expression; searching and filtering here in your browser.')
  })

  it('keeps what the server refuses apart from what it ignores, and the language’s reasons after', () => {
    expect(
      browserNote([
        { part: 'environment', because: 'server', capability: 'environment', support: 'ignored' },
        { part: 'sort', because: 'server', capability: 'orderBy', support: 'refused' },
        { part: 'lastUsed', because: 'language' },
        { part: 'status', because: 'server', capability: 'status', support: 'ignored' },
      ]),
    ).toBe(
      'This server ignores the environment and status filters, and this server refuses the sort order, and Coval’s filter language cannot select keys never used; filtering and sorting here in your browser.',
    )
  })
})
