import { MOCK_DIALECTS, isMockDialect, type MockDialect } from './dialect'
import { MAX_SEED_COUNT } from './limits'
import { MockApiError, invalidArgument } from './responses'

/** What the mock plays and holds; `POST /__mock/settings` changes it. */
export interface MockSettings {
  dialect: MockDialect
  seedCount: number
}

export function isSeedCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_SEED_COUNT
}

export const SEED_COUNT_RULE = `a whole number from 0 to ${MAX_SEED_COUNT}`
export const DIALECT_RULE = `one of ${MOCK_DIALECTS.join(', ')}`

/** A settings change from a control request's body; a wrong field is a 400 naming it. */
export function readSettingsChange(body: unknown): Partial<MockSettings> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new MockApiError('INVALID_ARGUMENT', 'The body must be a JSON object such as {"dialect": "coval", "seedCount": 320}.')
  }
  const change: Partial<MockSettings> = {}
  for (const [field, value] of Object.entries(body)) {
    if (field === 'dialect') {
      if (!isMockDialect(value)) throw invalidArgument('dialect', `dialect must be ${DIALECT_RULE}.`)
      change.dialect = value
    } else if (field === 'seedCount') {
      if (!isSeedCount(value)) throw invalidArgument('seedCount', `seedCount must be ${SEED_COUNT_RULE}.`)
      change.seedCount = value
    } else {
      throw invalidArgument(field, `Unknown setting "${field}"; use dialect and seedCount.`)
    }
  }
  return change
}
