import type { ApiKey } from '../../../api/api-key-schema'
import { judgeAnswer, judgeRow, type KeyState } from './key-state'
import { apiKeyKeys } from './query-keys'

const AT = '2026-12-01T10:00:00.000Z'
const expected: KeyState = { id: 'K1', status: 'SUSPENDED', updateTime: AT }
const row = (change: Partial<ApiKey> = {}): ApiKey => ({ id: 'K1', name: 'Billing', status: 'SUSPENDED', update_time: AT, ...change })

describe('judgeRow', () => {
  it('finds the key as the action left it', () => {
    expect(judgeRow(expected, row())).toBe('same')
  })

  it('sees another status, or the same status set again later, as a change', () => {
    expect(judgeRow(expected, row({ status: 'REVOKED', update_time: '2026-12-01T10:05:00.000Z' }))).toEqual({ kind: 'changed', status: 'REVOKED' })
    expect(judgeRow(expected, row({ update_time: '2026-12-01T10:05:00.000Z' }))).toEqual({ kind: 'changed', status: 'SUSPENDED' })
  })

  it('takes a row older than the action for older news, not a change', () => {
    expect(judgeRow(expected, row({ status: 'ACTIVE', update_time: '2026-12-01T09:00:00.000Z' }))).toBe('unknown')
  })

  it('lets the status decide alone when either side has no update_time', () => {
    expect(judgeRow(expected, row({ update_time: null }))).toBe('same')
    expect(judgeRow(expected, row({ status: 'ACTIVE', update_time: null }))).toEqual({ kind: 'changed', status: 'ACTIVE' })
    expect(judgeRow({ ...expected, updateTime: null }, row({ status: 'REVOKED' }))).toEqual({ kind: 'changed', status: 'REVOKED' })
  })

  it('says nothing of a row the server sent without a status', () => {
    expect(judgeRow(expected, row({ status: undefined }))).toBe('unknown')
  })
})

describe('judgeAnswer', () => {
  const page = (api_keys: ApiKey[]) => ({ api_keys, next_page_token: null, total_count: api_keys.length })
  const serverPageKey = apiKeyKeys.serverPage({ statuses: ['SUSPENDED'] }, 20, 1)
  const wholeRead = (api_keys: ApiKey[], complete: boolean) => ({ ...page(api_keys), complete })
  const other = row({ id: 'K2' })

  it('judges the key row wherever it is', () => {
    expect(judgeAnswer(expected, serverPageKey, page([other, row({ status: 'REVOKED' })]))).toEqual({ kind: 'changed', status: 'REVOKED' })
    expect(judgeAnswer(expected, apiKeyKeys.keySet(['SUSPENDED']), wholeRead([row()], true))).toBe('same')
  })

  it('takes a key missing from a whole read of its status for moved on, and nothing else', () => {
    expect(judgeAnswer(expected, apiKeyKeys.keySet(['ACTIVE', 'SUSPENDED']), wholeRead([other], true))).toEqual({ kind: 'changed', status: null })
    // Still being read, or a read of other statuses, or one page of a view: it may be elsewhere.
    expect(judgeAnswer(expected, apiKeyKeys.keySet(['ACTIVE', 'SUSPENDED']), wholeRead([other], false))).toBe('unknown')
    expect(judgeAnswer(expected, apiKeyKeys.keySet(['ACTIVE']), wholeRead([other], true))).toBe('unknown')
    expect(judgeAnswer(expected, serverPageKey, page([other]))).toBe('unknown')
  })

  it('says nothing of data that is not a list answer', () => {
    expect(judgeAnswer(expected, serverPageKey, undefined)).toBe('unknown')
    expect(judgeAnswer(expected, serverPageKey, { count: 3 })).toBe('unknown')
  })
})
