import { createApiClient } from '../http-client'
import { reasonProblem, updateApiKeyStatus } from './update-api-key-status'

const reasonErrors = (reason: string) => {
  const problem = reasonProblem(reason)
  return problem === null ? [] : [problem]
}

describe('reasonProblem', () => {
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

describe('updateApiKeyStatus', () => {
  const answering = (body: unknown) => vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }))

  it('sends the reason trimmed, and reads the key answered', async () => {
    const send = answering({ api_key: { id: 'K1', status: 'SUSPENDED' } })
    const api = createApiClient({ baseUrl: 'https://api.coval.dev', apiKey: 'admin', fetch: send })
    expect(await updateApiKeyStatus(api, 'K1', { status: 'SUSPENDED', reason: '  leaked  ' })).toEqual({ id: 'K1', status: 'SUSPENDED' })
    expect(JSON.parse(String(send.mock.calls[0]?.[1]?.body))).toEqual({ status: 'SUSPENDED', reason: 'leaked' })
  })

  it('sends nothing with a reason over the limit or a status the API does not have', async () => {
    const send = answering({})
    const api = createApiClient({ baseUrl: 'https://api.coval.dev', apiKey: 'admin', fetch: send })
    await expect(updateApiKeyStatus(api, 'K1', { status: 'SUSPENDED', reason: 'r'.repeat(2001) })).rejects.toThrow('Use at most 2,000 characters (this has 2,001).')
    await expect(updateApiKeyStatus(api, 'K1', { status: 'PAUSED' as 'ACTIVE' })).rejects.toThrow(TypeError)
    expect(send).not.toHaveBeenCalled()
  })

  it('an answer without a usable key is one the dashboard does not understand', async () => {
    const api = createApiClient({ baseUrl: 'https://api.coval.dev', apiKey: 'admin', fetch: answering({ api_key: { name: 'no id' } }) })
    await expect(updateApiKeyStatus(api, 'K1', { status: 'ACTIVE' })).rejects.toMatchObject({ code: 'INVALID_RESPONSE' })
  })
})
