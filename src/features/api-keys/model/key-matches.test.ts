import type { ApiKey } from '../../../api/api-key-schema'
import { mergeKeyMatches, searchedKeyId } from './key-matches'

const key = (id: string): ApiKey => ({ id, name: `key ${id}` })

describe('searchedKeyId', () => {
  it('reads a ULID in either case as an id', () => {
    expect(searchedKeyId(' 01HZX3K8Q9W2E4R6T8Y0U2I4O6 ')).toBe('01HZX3K8Q9W2E4R6T8Y0U2I4O6')
    expect(searchedKeyId('01hzx3k8q9w2e4r6t8y0u2i4o6')).toBe('01HZX3K8Q9W2E4R6T8Y0U2I4O6')
  })

  it('leaves names and key ends alone', () => {
    expect(searchedKeyId('ci deploy bot')).toBeNull()
    expect(searchedKeyId('o5p6')).toBeNull()
    expect(searchedKeyId('01HZX3K8Q9W2E4R6T8Y0U2I4O')).toBeNull()
  })
})

describe('mergeKeyMatches', () => {
  it('puts the id match first and shows each key once', () => {
    expect(mergeKeyMatches([key('B')], [key('A'), key('B'), key('C')]).map((k) => k.id)).toEqual(['B', 'A', 'C'])
  })

  it('stops at the limit', () => {
    const many = Array.from({ length: 20 }, (_, i) => key(String(i)))
    expect(mergeKeyMatches([], many)).toHaveLength(8)
    expect(mergeKeyMatches([], many, 3).map((k) => k.id)).toEqual(['0', '1', '2'])
  })
})
