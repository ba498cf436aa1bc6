import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEW, parseListView } from './list-view'
import {
  SAVED_VIEWS_MAX,
  currentSavedView,
  describeSavedQuery,
  deleteView,
  parseSavedViews,
  renameView,
  restoreView,
  saveViewFormSchema,
  saveView,
  savedViewHref,
  savedViewQuery,
  viewNameProblem,
  type SavedView,
} from './saved-views'

const view = (id: string, name: string, query = 'env=PRODUCTION'): SavedView => ({ id, name, query })
const many = (count: number) => Array.from({ length: count }, (_, i) => view(`id-${i}`, `View ${i}`))

describe('savedViewQuery', () => {
  it('is the view’s URL without its page', () => {
    expect(savedViewQuery({ ...DEFAULT_VIEW, environment: 'STAGING', lastUsed: 'never', page: 4, pageSize: 50 })).toBe('env=STAGING&used=never&size=50')
    expect(savedViewQuery(DEFAULT_VIEW)).toBe('')
    expect(savedViewHref('')).toBe('/')
    expect(savedViewHref('env=STAGING')).toBe('/?env=STAGING')
  })
})

describe('parseSavedViews', () => {
  it('reads what was written', () => {
    const views = [view('a', 'Prod', 'env=PRODUCTION&sort=name.asc'), view('b', 'Stale', 'used=unused_90d')]
    expect(parseSavedViews(JSON.stringify(views))).toEqual(views)
  })

  it.each([null, '', 'not json', '{"id":"a"}', '42', 'null'])('gives no views for a corrupt or missing value (%s)', (raw) => {
    expect(parseSavedViews(raw)).toEqual([])
  })

  it('leaves out only the bad entries: wrong shapes, bad names, repeated ids and names', () => {
    const raw = JSON.stringify([
      view('a', '  Prod  '),
      { id: 'b', name: 7, query: '' },
      'text',
      view('c', '   '),
      view('d', 'x'.repeat(61)),
      view('a', 'Other'),
      view('e', 'PROD'),
      view('f', 'Kept', 'used=never'),
    ])
    expect(parseSavedViews(raw)).toEqual([view('a', 'Prod'), view('f', 'Kept', 'used=never')])
  })

  it('keeps only what makes a view: no page, no other parameter, bad values dropped', () => {
    const raw = JSON.stringify([view('a', 'Odd', 'env=PRODUCTION&page=3&api_key=coval_sk_prod_secret&baseUrl=https://x&used=sometimes')])
    expect(parseSavedViews(raw)).toEqual([view('a', 'Odd', 'env=PRODUCTION')])
  })

  it(`keeps at most ${SAVED_VIEWS_MAX}`, () => {
    expect(parseSavedViews(JSON.stringify(many(SAVED_VIEWS_MAX + 5)))).toHaveLength(SAVED_VIEWS_MAX)
  })
})

describe('view names', () => {
  it('are trimmed, 1 to 60 characters counted as code points', () => {
    expect(viewNameProblem('  ')).toBe('Enter a name for the view.')
    expect(viewNameProblem(` ${'é'.repeat(60)} `)).toBeNull()
    expect(viewNameProblem('🔑'.repeat(61))).toBe('Use at most 60 characters (this has 61).')
  })

  it('are checked the same way by the form', () => {
    expect(saveViewFormSchema.safeParse({ name: '  Prod ' })).toMatchObject({ success: true, data: { name: 'Prod' } })
    expect(saveViewFormSchema.safeParse({ name: ' ' }).error?.issues[0]?.message).toBe('Enter a name for the view.')
    expect(saveViewFormSchema.safeParse({ name: 'x'.repeat(61) }).error?.issues[0]?.message).toBe('Use at most 60 characters (this has 61).')
  })
})

describe('saveView', () => {
  it('adds a new view last, trimmed and with a clean query', () => {
    const outcome = saveView([view('a', 'Prod')], '  Stale ', 'used=unused_90d&page=2', 'b')
    expect(outcome).toEqual({ kind: 'saved', saved: view('b', 'Stale', 'used=unused_90d'), views: [view('a', 'Prod'), view('b', 'Stale', 'used=unused_90d')] })
  })

  it('asks before replacing a view of the same name in any case, then keeps its place and id', () => {
    const views = [view('a', 'Prod'), view('b', 'Stale')]
    expect(saveView(views, 'prod ', 'used=never', 'c')).toEqual({ kind: 'exists', existing: view('a', 'Prod') })
    expect(saveView(views, 'prod ', 'used=never', 'c', true)).toEqual({
      kind: 'saved',
      saved: view('a', 'prod', 'used=never'),
      views: [view('a', 'prod', 'used=never'), view('b', 'Stale')],
    })
  })

  it('refuses a bad name', () => {
    expect(saveView([], ' ', 'env=STAGING', 'a')).toEqual({ kind: 'invalid', problem: 'Enter a name for the view.' })
  })

  it('refuses a ready-made view’s name in any case: two “All keys” would show different keys', () => {
    expect(saveView([], ' all KEYS ', 'used=unused_90d', 'a')).toEqual({ kind: 'invalid', problem: '“All keys” is the name of a ready-made view. Choose another name.' })
    expect(saveView([], 'Not used in 90 days', 'used=unused_90d', 'a')).toMatchObject({ kind: 'invalid' })
    expect(saveView([], 'All my keys', 'used=unused_90d', 'a').kind).toBe('saved')
  })

  it(`refuses a new view past ${SAVED_VIEWS_MAX}, but still replaces one`, () => {
    const views = many(SAVED_VIEWS_MAX)
    expect(saveView(views, 'One more', 'env=STAGING', 'new')).toEqual({ kind: 'full' })
    expect(saveView(views, 'view 3', 'env=STAGING', 'new', true).kind).toBe('saved')
  })
})

describe('renameView', () => {
  const views = [view('a', 'Prod'), view('b', 'Stale', 'used=never'), view('c', 'Staging')]

  it('renames in place, trimmed, keeping the id and the query', () => {
    expect(renameView(views, 'b', '  Never used ')).toEqual({
      kind: 'renamed',
      renamed: view('b', 'Never used', 'used=never'),
      views: [view('a', 'Prod'), view('b', 'Never used', 'used=never'), view('c', 'Staging')],
    })
  })

  it('takes its own name in another case, but not another view’s', () => {
    expect(renameView(views, 'b', 'STALE')).toMatchObject({ kind: 'renamed', renamed: view('b', 'STALE', 'used=never') })
    expect(renameView(views, 'b', ' prod')).toEqual({ kind: 'exists', existing: view('a', 'Prod') })
  })

  it('refuses an empty or too long name, and a view no longer saved', () => {
    expect(renameView(views, 'b', '   ')).toEqual({ kind: 'invalid', problem: 'Enter a name for the view.' })
    expect(renameView(views, 'b', 'x'.repeat(61))).toMatchObject({ kind: 'invalid' })
    expect(renameView(views, 'gone', 'Anything')).toEqual({ kind: 'gone' })
    expect(renameView(views, 'b', 'Production keys never used')).toEqual({ kind: 'invalid', problem: '“Production keys never used” is the name of a ready-made view. Choose another name.' })
  })
})

describe('delete, restore and the current view', () => {
  it('deletes by id and puts a view back where it was', () => {
    const views = [view('a', 'A'), view('b', 'B'), view('c', 'C')]
    const left = deleteView(views, 'b')
    expect(left).toEqual([view('a', 'A'), view('c', 'C')])
    expect(restoreView(left, view('b', 'B'), 1)).toEqual(views)
    // Its name was taken again meanwhile: the newer view stays.
    expect(restoreView([...left, view('d', 'b')], view('b', 'B'), 1)).toEqual([...left, view('d', 'b')])
  })

  it('finds the saved view the list shows, on any page', () => {
    const views = [view('a', 'Prod', 'env=PRODUCTION'), view('b', 'Prod by name', 'env=PRODUCTION&sort=name.asc')]
    expect(currentSavedView(views, parseListView(new URLSearchParams('sort=name.asc&env=PRODUCTION&page=3')))?.id).toBe('b')
    expect(currentSavedView(views, parseListView(new URLSearchParams('env=STAGING')))).toBeUndefined()
  })
})

describe('describeSavedQuery', () => {
  it('says what the view holds, page size included', () => {
    expect(describeSavedQuery('env=PRODUCTION&used=never&sort=name.asc&size=50')).toBe('Production, never used, by name, A to Z, 50 per page')
    expect(describeSavedQuery('')).toBe('All keys, newest first')
  })
})
