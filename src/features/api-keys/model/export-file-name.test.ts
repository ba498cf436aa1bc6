import { exportFileName, slug, viewSlug } from './export-file-name'
import { describeParams, describeView, exportTitle } from './export-view-label'
import { exportViewParams, orderedParams } from './export-view-params'
import { parseListView, type ListView } from './list-view'

const view = (query: string): ListView => parseListView(new URLSearchParams(query))
const DAY = new Date(2026, 11, 1, 23, 59)
const params = (query: string) => orderedParams(new URLSearchParams(query))

describe('export file names', () => {
  it('name the plain view "all"', () => {
    expect(exportFileName(view(''), 'json', DAY)).toBe('coval-api-keys-all-2026-12-01.json')
    // Paging, every status and the default sort change nothing that is exported.
    expect(exportFileName(view('size=50&page=3&status=ACTIVE,SUSPENDED,REVOKED,EXPIRED&sort=create_time.desc'), 'csv', DAY)).toBe('coval-api-keys-all-2026-12-01.csv')
  })

  it('name the filters in order: environment, statuses, type, last use, created, search, sort', () => {
    expect(exportFileName(view('used=unused_90d&env=PRODUCTION'), 'csv', DAY)).toBe('coval-api-keys-production-unused-90d-2026-12-01.csv')
    expect(exportFileName(view('sort=last_used_at.asc&q=Ingest+bridge!&used=never&type=SERVICE&status=ACTIVE,SUSPENDED&env=STAGING'), 'csv', DAY)).toBe(
      'coval-api-keys-staging-active-suspended-service-never-used-search-ingest-bridge-by-last-used-asc-2026-12-01.csv',
    )
    expect(viewSlug(params('q=x&created=90&used=used_24h'))).toBe('used-24h-created-over-90d-search-x')
  })

  it('slug the search: ASCII only, accents dropped, at most 40 characters, "search" alone when nothing is left', () => {
    expect(slug('  Crème Brûlée — v2 ')).toBe('creme-brulee-v2')
    expect(viewSlug(params('q=🚀🤖'))).toBe('search')
    expect(viewSlug(params(`q=${'abc '.repeat(20)}`))).toBe(`search-${'abc-'.repeat(10).slice(0, 39)}`)
    expect(viewSlug(params('q=%3Cimg+src%3Dx%3E'))).toBe('search-img-src-x')
    // Cut after a whole word: "production" never ends up "product".
    expect(viewSlug(params(`filter=${encodeURIComponent('key_type = SERVICE AND environment = PRODUCTION')}`))).toBe('filter-key-type-service-and-environment')
    expect(viewSlug(params(`q=${'x'.repeat(50)}`))).toBe(`search-${'x'.repeat(40)}`)
  })

  it('name sorts by field and direction', () => {
    expect(viewSlug(params('sort=name.desc'))).toBe('by-name-desc')
    expect(viewSlug(params('sort=create_time.asc'))).toBe('by-created-asc')
  })

  it('name a filter added later from its URL parameter', () => {
    expect(viewSlug(params('env=DEVELOPMENT&owner_team=Data+Platform&q=a'))).toBe('development-owner-team-data-platform-search-a')
    expect(viewSlug(params('expires=expires_soon'))).toBe('expires-soon')
  })

  it('use the local calendar day', () => {
    expect(exportFileName(view(''), 'csv', new Date(2027, 0, 9, 0, 1))).toBe('coval-api-keys-all-2027-01-09.csv')
  })
})

describe('what the export dialog says the view is', () => {
  it('describes the filters in words, in the same order', () => {
    expect(describeView(view(''))).toBeNull()
    expect(describeView(view('type=SERVICE&env=PRODUCTION'))).toBe('Production, service keys')
    expect(describeView(view('q=bridge&used=unused_90d&status=SUSPENDED,REVOKED&sort=last_used_at.asc'))).toBe(
      'Suspended or Revoked, not used in 90 days, name contains “bridge”, by last used, oldest first',
    )
    expect(describeParams(params('created=365&sort=name.asc'))).toBe('Created over 365 days ago, by name, A to Z')
    expect(describeParams(params('owner_team=DATA_PLATFORM'))).toBe('Owner team: data platform')
  })

  it('says a search for a key’s end is one (it said “Name contains” of …QIXm, matched on the masked key)', () => {
    expect(describeView(view('q=QIXm'))).toBe('Name contains “QIXm” or key ends in …QIXm')
    expect(describeView(view('q=%E2%80%A6QIXm'))).toBe('Key ends in …QIXm')
    expect(describeView(view('q=****-****-****-o5p6'))).toBe('Key ends in …o5p6')
    expect(describeView(view('q=grafana'))).toBe('Name contains “grafana”')
    expect(describeView(view('q=ci+bot'))).toBe('Name contains “ci bot”')
  })

  it('titles the dialog with the count when it is known', () => {
    expect(exportTitle(view('env=PRODUCTION&type=SERVICE'), 2622)).toBe('Export 2,622 keys: Production, service keys')
    expect(exportTitle(view('env=PRODUCTION&type=SERVICE'), null)).toBe('Export keys: Production, service keys')
    expect(exportTitle(view('type=USER'), 1)).toBe('Export 1 key: User keys')
    expect(exportTitle(view(''), 320)).toBe('Export all 320 keys')
    expect(exportTitle(view(''), null)).toBe('Export all keys')
  })

  it('reads the view from its URL, leaving paging out', () => {
    expect(exportViewParams(view('page=2&size=100&env=STAGING'))).toEqual([['env', 'STAGING']])
  })
})
