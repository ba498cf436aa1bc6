import { linkLeftovers } from './link-leftovers'
import { needsTidying, parseListView, serializeListView } from './list-view'

const read = (search: string) => linkLeftovers(search, parseListView(new URLSearchParams(search)))

describe('linkLeftovers', () => {
  it('names each value a link asks for that the list does not know', () => {
    expect(read('env=PROD&used=90d&sort=last_used.desc&size=25&page=abc&created=45&type=bot')).toEqual([
      'environment “PROD”',
      'type “bot”',
      'last used “90d”',
      'created “45”',
      'order “last_used.desc”',
      'page size “25”',
      'page “abc”',
    ])
    expect(read('status=active,archived,REVOKED')).toEqual(['status “archived”'])
    expect(read(`q=${'x'.repeat(201)}`)).toEqual([`search “${'x'.repeat(40)}…”`])
  })

  it('finds nothing in values written another way but understood', () => {
    for (const search of ['env=production', 'status=suspended,active', 'type=Service', 'used=NEVER', 'sort=NAME.ASC', 'size=20', 'size=+50', 'page=1', 'page=3', 'created=+90', 'q=ci+bot+', 'env=&q=', 'env=staging&env=STAGING']) {
      expect({ search, left: read(search) }).toEqual({ search, left: [] })
    }
  })
})

describe('a repeated parameter', () => {
  it('is read by its last value, and its other values are named as left out (they narrowed the view without a word)', () => {
    expect(read('status=ACTIVE&status=SUSPENDED')).toEqual(['status “ACTIVE”'])
    expect(read('status=ACTIVE,REVOKED&status=REVOKED')).toEqual(['status “ACTIVE”'])
    expect(read('env=STAGING&env=PRODUCTION')).toEqual(['environment “STAGING”'])
    expect(read('q=ci&q=bot&q=ci')).toEqual(['search “bot”'])
    expect(read('q=ci&q=ci')).toEqual([])
    expect(read('q=deploy&q=bot')).toEqual(['search “deploy”'])
    expect(read('size=50&size=100')).toEqual(['page size “50”'])
  })
})

describe('parseListView reads a hand-typed link in any case', () => {
  it('environment, statuses, type, last used and order', () => {
    const view = parseListView(new URLSearchParams('env=production&status=active,Suspended&type=service&used=Unused_90d&sort=Last_Used_At.Desc'))
    expect(serializeListView(view).toString()).toBe('env=PRODUCTION&status=ACTIVE%2CSUSPENDED&type=SERVICE&used=unused_90d&sort=last_used_at.desc')
  })
})

describe('needsTidying', () => {
  it('is true where the address says other than the view shown, and false for the view’s own address', () => {
    for (const search of ['env=production', 'env=PROD', 'size=20', 'page=1', 'status=SUSPENDED,ACTIVE', 'sort=x']) {
      expect({ search, tidy: needsTidying(search, parseListView(new URLSearchParams(search))) }).toEqual({ search, tidy: true })
    }
    for (const search of ['', 'env=PRODUCTION&status=ACTIVE%2CSUSPENDED&q=ci+bot&size=50&page=2', 'filter=name%3D%22a%22&utm_source=mail']) {
      expect({ search, tidy: needsTidying(search, parseListView(new URLSearchParams(search))) }).toEqual({ search, tidy: false })
    }
  })
})
