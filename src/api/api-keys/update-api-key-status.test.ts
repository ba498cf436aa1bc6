import { updateApiKeyStatusInputSchema } from './update-api-key-status'

const reasonErrors = (reason: string) => {
  const result = updateApiKeyStatusInputSchema.safeParse({ status: 'SUSPENDED', reason })
  return result.success ? [] : result.error.issues.map((issue) => issue.message)
}

describe('updateApiKeyStatusInputSchema', () => {
  it('takes a reason of 2000 code points, trimmed, and refuses 2001', () => {
    expect(reasonErrors('r'.repeat(2000))).toEqual([])
    expect(reasonErrors(`  ${'r'.repeat(2000)}  `)).toEqual([])
    expect(reasonErrors('r'.repeat(2001))).toEqual(['Use at most 2,000 characters (this has 2,001).'])
  })

  it('counts code points, not UTF-16 units nor what the eye sees', () => {
    // 400 family emoji: 400 graphemes, 2000 code points, 3200 UTF-16 units.
    expect(reasonErrors('👨‍👩‍👧'.repeat(400))).toEqual([])
    // 1001 accented e (e + combining accent): 1001 graphemes, 2002 code points.
    expect(reasonErrors('e\u0301'.repeat(1001))).toEqual(['Use at most 2,000 characters (this has 2,002).'])
    // 2000 key emoji: 4000 UTF-16 units, yet within the limit.
    expect(reasonErrors('🔑'.repeat(2000))).toEqual([])
  })
})
