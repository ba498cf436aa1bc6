import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_VIEW, type ListView } from './list-view'
import { forgetPageTokens, nearestKnownPage, pageToken, rememberPageToken } from './page-token-memory'

const production: ListView = { ...DEFAULT_VIEW, environment: 'PRODUCTION' }

describe('page token memory', () => {
  beforeEach(forgetPageTokens)

  it('knows the first page without a token, and later pages once seen', () => {
    expect(pageToken(production, 1)).toBeNull()
    expect(pageToken(production, 2)).toBeUndefined()
    rememberPageToken(production, 2, 't2')
    expect(pageToken(production, 2)).toBe('t2')
  })

  it('keeps tokens per view, whatever page and cursor the view is on', () => {
    rememberPageToken({ ...production, page: 3, cursor: 't3' }, 2, 't2')
    expect(pageToken({ ...production, page: 5, cursor: 't5' }, 2)).toBe('t2')
    expect(pageToken(DEFAULT_VIEW, 2)).toBeUndefined()
    expect(pageToken({ ...production, pageSize: 50 }, 2)).toBeUndefined()
  })

  it('finds the nearest page before a page whose token is known', () => {
    expect(nearestKnownPage(production, 7)).toEqual({ page: 1, token: null })
    rememberPageToken(production, 3, 't3')
    rememberPageToken(production, 9, 't9')
    expect(nearestKnownPage(production, 7)).toEqual({ page: 3, token: 't3' })
    expect(nearestKnownPage(production, 3)).toEqual({ page: 3, token: 't3' })
    expect(nearestKnownPage(production, 2)).toEqual({ page: 1, token: null })
  })

  it('forgets the views used longest ago, not the ones in use', () => {
    rememberPageToken(production, 2, 'kept')
    for (let i = 0; i < 60; i++) {
      rememberPageToken({ ...DEFAULT_VIEW, search: `search ${i}` }, 2, `t${i}`)
      // Paging back and forth in the production view keeps it among the recent ones.
      expect(pageToken(production, 2)).toBe('kept')
    }
    expect(pageToken({ ...DEFAULT_VIEW, search: 'search 0' }, 2)).toBeUndefined()
    expect(pageToken({ ...DEFAULT_VIEW, search: 'search 59' }, 2)).toBe('t59')
  })
})
