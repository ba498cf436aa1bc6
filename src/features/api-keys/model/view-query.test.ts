import { keyFrom } from '../../../test/api-key'
import { planList } from './list-plan'
import { DEFAULT_VIEW, parseListView } from './list-view'
import { ASSUMED_CAPABILITIES } from './server-capabilities'
import { keyByIdQuery, toViewQuery, viewPredicate } from './view-query'

const now = Date.parse('2026-12-01T12:00:00Z')
const keys = [
  keyFrom({ id: 'A', name: 'CI deploys', status: 'ACTIVE', api_key: '****-****-****-o5p6' }),
  keyFrom({ id: 'B', name: 'Billing o5p6 job', status: 'ACTIVE', api_key: '****-****-****-zz99' }),
  keyFrom({ id: 'C', name: 'Other', status: 'ACTIVE', api_key: '****-****-****-O5P6' }),
  keyFrom({ id: 'D', name: 'No key sent', status: 'ACTIVE' }),
]
const found = (search: string) => keys.filter(viewPredicate(toViewQuery({ ...DEFAULT_VIEW, search }, now))).map((key) => key.id)

describe('search', () => {
  it('finds a key by the last four characters of its masked key, or by name', () => {
    expect(found('o5p6')).toEqual(['A', 'B'])
    expect(found('…o5p6')).toEqual(['A'])
    expect(found('****-****-****-o5p6')).toEqual(['A'])
  })

  it('finds the key of a pasted leaked secret', () => {
    expect(found('coval_sk_prod_ABCDEFGHabcdefgh12345678ABCDo5p6')).toEqual(['A'])
  })

  it('matches the key’s end exactly: its case, and only its end', () => {
    expect(found('O5P6')).toEqual(['B', 'C'])
    // Three characters are not a key's end: only the name that holds them.
    expect(found('5p6')).toEqual(['B'])
  })

  it('is read in the browser under any server: no filter says it', () => {
    expect(planList(toViewQuery({ ...DEFAULT_VIEW, search: 'o5p6' }, now), ASSUMED_CAPABILITIES).mode).toBe('browser')
  })
})

describe('search by a name with hidden characters', () => {
  const hidden = [
    keyFrom({ id: 'S', name: 'Billing \u202Ekrow-ecnanif\u202C sync', status: 'ACTIVE' }),
    keyFrom({ id: 'Z', name: 'fin\u200Bance report', status: 'ACTIVE' }),
    keyFrom({ id: 'P', name: 'Plain finance', status: 'ACTIVE' }),
  ]
  const search = (text: string) => hidden.filter(viewPredicate(toViewQuery({ ...DEFAULT_VIEW, search: text }, now))).map((key) => key.id)

  it('finds the name as it reads without them, and still by the name itself', () => {
    expect(search('Billing krow')).toEqual(['S'])
    expect(search('finance')).toEqual(['Z', 'P'])
    expect(search('\u202Ekrow')).toEqual(['S'])
  })

  it('finds the name without them when the search holds one', () => {
    expect(search('plain\u200B finance')).toEqual(['P'])
  })

  it('does not find what an override only made it look like', () => {
    expect(search('finance-work')).toEqual([])
  })
})

describe('a status this client does not know', () => {
  const rotating = { id: 'R', status: 'ROTATING' }
  it('is in a view of every status (and so is a key whose status was not sent), and in no narrower one', () => {
    expect(viewPredicate(toViewQuery(parseListView(new URLSearchParams('')), now))(rotating)).toBe(true)
    expect(viewPredicate(toViewQuery(parseListView(new URLSearchParams('?status=ACTIVE,SUSPENDED,REVOKED,EXPIRED')), now))({ id: 'N' })).toBe(true)
    expect(viewPredicate(toViewQuery(parseListView(new URLSearchParams('?status=ACTIVE')), now))(rotating)).toBe(false)
    expect(viewPredicate(keyByIdQuery('R'))(rotating)).toBe(true)
  })
})
