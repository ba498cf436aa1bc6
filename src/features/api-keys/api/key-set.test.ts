// Every key of some statuses, read page by page: what a whole read says when it came short.
import { NOTHING_LEFT_OUT, type ListApiKeysResponse } from '../../../api/api-keys/list-api-keys'
import { keyFrom } from '../../../test/api-key'
import { addPage, EMPTY_SET, keysMissing, type KeySet } from './key-set'

const key = (n: number) => keyFrom({ id: `K${String(n).padStart(25, '0')}`, name: `key ${n}`, create_time: new Date(Date.UTC(2026, 0, 1) - n * 60_000).toISOString() })
const page = (ids: number[], total: number, extra: Partial<ListApiKeysResponse> = {}): ListApiKeysResponse => ({ ...NOTHING_LEFT_OUT, api_keys: ids.map(key), next_page_token: null, total_count: total, ...extra })

function read(...pages: ListApiKeysResponse[]): KeySet {
  const seen = new Set<string>()
  return { ...pages.reduce((set, next) => addPage(set, next, seen), EMPTY_SET), complete: true }
}

describe('keysMissing', () => {
  it('finds nothing missing in honest pages, or in a read not over', () => {
    expect(keysMissing(read(page([1, 2], 4), page([3, 4], 4)))).toBeNull()
    const partial = addPage(EMPTY_SET, page([1, 2], 4), new Set())
    expect(keysMissing(partial)).toBeNull()
  })

  it('counts the keys a server counted but sent others in place of (repeated across pages)', () => {
    const set = read(page([1, 2, 3], 6), page([1, 2, 4], 6))
    expect(set.repeated).toBe(2)
    expect(keysMissing(set)).toEqual({ counted: 6, received: 4 })
  })

  it('takes the last count: a key made during the read, which shifted the pages, is missing', () => {
    expect(keysMissing(read(page([1, 2], 4), page([2, 3, 4], 5)))).toEqual({ counted: 5, received: 4 })
  })

  it('does not count rows sent without an id (they are told apart), nor a key deleted here since', () => {
    expect(keysMissing(read(page([1, 2], 3, { rows_without_id: 1 })))).toBeNull()
    const set = read(page([1, 2, 3], 3))
    const afterDelete = { ...set, api_keys: set.api_keys.slice(1), total_count: set.total_count - 1 }
    expect(keysMissing(afterDelete)).toBeNull()
  })
})

describe('countMoved', () => {
  it('says whether the server’s count changed between pages: keys created or deleted during the read', () => {
    expect(read(page([1, 2], 4), page([3, 4], 4)).countMoved).toBe(false)
    // Two deleted from the first page once read: none missing, but two counted that are gone.
    const deleted = read(page([1, 2, 3], 6), page([6], 4))
    expect(keysMissing(deleted)).toBeNull()
    expect(deleted.countMoved).toBe(true)
    expect(read(page([1, 2], 4), page([2, 3, 4], 5)).countMoved).toBe(true)
  })
})

