import type { ApiKey } from '../../../../api/api-key-schema'
import { heldConfirmation, holdConfirmation, releaseHeldConfirmation, type HeldConfirmation } from './held-confirmation'

const key = { id: 'key_1', name: 'Billing worker', status: 'ACTIVE' } as ApiKey
const held = (baseUrl = 'https://api.example.com'): HeldConfirmation => ({ request: { action: 'revoke', keys: [key] }, reason: 'leaked', typed: 'Billing worker', baseUrl })

describe('a confirmation held through a 401', () => {
  it('is kept while no key is set, and shown once connected again to its server, until released', () => {
    const confirmation = held()
    holdConfirmation(confirmation)
    expect(heldConfirmation({ baseUrl: 'https://api.example.com', apiKey: null })).toBeNull()
    expect(heldConfirmation({ baseUrl: 'https://api.example.com', apiKey: 'k' })).toBe(confirmation)
    // A render React drops reads it again: it stays until shown.
    expect(heldConfirmation({ baseUrl: 'https://api.example.com', apiKey: 'k' })).toBe(confirmation)
    releaseHeldConfirmation(confirmation)
    expect(heldConfirmation({ baseUrl: 'https://api.example.com', apiKey: 'k' })).toBeNull()
  })

  it('is dropped when another server (or the demo) is connected', () => {
    holdConfirmation(held())
    expect(heldConfirmation({ baseUrl: 'https://other.example.com', apiKey: 'k' })).toBeNull()
    expect(heldConfirmation({ baseUrl: 'https://api.example.com', apiKey: 'k' })).toBeNull()
  })

  it('a release of an older one leaves a newer one held', () => {
    const older = held()
    const newer = held()
    holdConfirmation(older)
    holdConfirmation(newer)
    releaseHeldConfirmation(older)
    expect(heldConfirmation({ baseUrl: 'https://api.example.com', apiKey: 'k' })).toBe(newer)
    releaseHeldConfirmation(newer)
  })
})
