import { QueryClient } from '@tanstack/react-query'
import { NOTHING_LEFT_OUT, type ListApiKeysResponse } from '../../../api/api-keys/list-api-keys'
import { keyFrom } from '../../../test/api-key'
import { patchKeyInLists, removeKeyFromLists, restoreRows } from './list-cache'
import { apiKeyKeys } from './query-keys'

const PAGE_KEY = [...apiKeyKeys.lists(), 'server', 'a page'] as const
// The audit's counts live under lists() too, so that writes refresh them; they are numbers, not pages.
const COUNT_KEY = [...apiKeyKeys.lists(), 'count', { status: ['ACTIVE'] }] as const

function cacheWithCount() {
  const queryClient = new QueryClient()
  const page: ListApiKeysResponse = { api_keys: [keyFrom({ id: 'A', status: 'ACTIVE' }), keyFrom({ id: 'B' })], ...NOTHING_LEFT_OUT, next_page_token: null, total_count: 2 }
  queryClient.setQueryData(PAGE_KEY, page)
  queryClient.setQueryData(COUNT_KEY, 33)
  const pageNow = () => queryClient.getQueryData<ListApiKeysResponse>(PAGE_KEY)
  return { queryClient, pageNow }
}

describe('writes to the cached lists, with the audit’s counts cached beside them', () => {
  it('patch a key in the pages and leave the counts alone', () => {
    const { queryClient, pageNow } = cacheWithCount()
    const before = patchKeyInLists(queryClient, 'A', (key) => ({ ...key, status: 'SUSPENDED' }))
    expect(pageNow()?.api_keys[0]?.status).toBe('SUSPENDED')
    expect(queryClient.getQueryData(COUNT_KEY)).toBe(33)
    restoreRows(queryClient, before)
    expect(pageNow()?.api_keys[0]?.status).toBe('ACTIVE')
    expect(queryClient.getQueryData(COUNT_KEY)).toBe(33)
  })

  it('take a key out of the pages and put it back, leaving the counts alone', () => {
    const { queryClient, pageNow } = cacheWithCount()
    const before = removeKeyFromLists(queryClient, 'A')
    expect(pageNow()?.api_keys.map((k) => k.id)).toEqual(['B'])
    expect(pageNow()?.total_count).toBe(1)
    restoreRows(queryClient, before)
    expect(pageNow()?.api_keys.map((k) => k.id)).toEqual(['A', 'B'])
    expect(queryClient.getQueryData(COUNT_KEY)).toBe(33)
  })
})
