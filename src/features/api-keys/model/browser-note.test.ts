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
    expect(
      browserNote([
        { part: 'type', because: 'server', capability: 'filter', support: 'ignored' },
        { part: 'environment', because: 'server', capability: 'filter', support: 'ignored' },
        { part: 'sort', because: 'server', capability: 'orderBy', support: 'ignored' },
      ]),
    ).toBe('This server ignores filters, and this server ignores the sort order; filtering and sorting here in your browser.')
  })
})
