import type { ApiKey } from '../../../api/api-key-schema'
import { keyFrom } from '../../../test/api-key'
import type { KeyStatus } from '../../../api/enums'
import { previewBulk, previewSentence } from './bulk-preview'

const key = (id: string, status?: KeyStatus): ApiKey => ({ id, name: `key ${id}`, status })

describe('previewBulk', () => {
  const keys = [key('a', 'ACTIVE'), key('b', 'REVOKED'), key('c', 'ACTIVE'), key('d', 'SUSPENDED'), key('e', 'REVOKED'), key('f')]

  it('splits a view into the keys that change and those the lifecycle skips, by status', () => {
    const preview = previewBulk('suspend', keys)
    expect(preview.willChange.map((k) => k.id)).toEqual(['a', 'c'])
    expect(preview.skipped.map((g) => [g.statusWord, g.keys.map((k) => k.id)])).toEqual([
      ['revoked', ['b', 'e']],
      ['suspended', ['d']],
      ['of unknown status', ['f']],
    ])
    expect(previewSentence(preview)).toBe('2 will be suspended; 2 are revoked and will be skipped; 1 is already suspended and will be skipped; 1 is of unknown status and will be skipped')
  })

  it('skips nothing for delete, and only revoked and unknown keys for revoke', () => {
    expect(previewBulk('delete', keys).skipped).toEqual([])
    expect(previewBulk('delete', keys).willChange).toHaveLength(6)
    const revoke = previewBulk('revoke', keys)
    expect(revoke.willChange.map((k) => k.id)).toEqual(['a', 'c', 'd'])
    expect(revoke.skipped.map((g) => g.status)).toEqual(['REVOKED', ''])
    // Skipped for being where the action would take them: "already".
    expect(previewSentence(revoke)).toBe('3 will be revoked; 2 are already revoked and will be skipped; 1 is of unknown status and will be skipped')
  })

  it('reactivates suspended and expired keys only', () => {
    const preview = previewBulk('reactivate', [key('a', 'EXPIRED'), key('b', 'SUSPENDED'), key('c', 'ACTIVE')])
    expect(preview.willChange.map((k) => k.id)).toEqual(['a', 'b'])
    expect(previewSentence(preview)).toBe('2 will be reactivated; 1 is already active and will be skipped')
  })
})

describe('a status named like a built-in object property', () => {
  it('is named as it came, never as code', () => {
    // Read as the client reads any answer: an unknown status is kept, not refused.
    const odd = keyFrom({ id: 'x', name: 'odd', status: 'constructor' })
    expect(previewSentence(previewBulk('suspend', [odd]))).toContain('constructor')
    expect(previewSentence(previewBulk('suspend', [odd]))).not.toContain('function')
  })
})
