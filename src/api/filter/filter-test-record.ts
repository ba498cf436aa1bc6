import type { ApiKeyRecord } from '../api-key-schema'
import { compileFilter } from './compile'

/** A key record for the filter tests: its text, enum, time and permission fields, each overridable. */
export function makeRecord(overrides: Partial<ApiKeyRecord> = {}): ApiKeyRecord {
  return {
    id: '01JZ0000000000000000000000',
    organization_id: 'org_test',
    api_key: 'sk_test_••••1234',
    key_type: 'SERVICE',
    environment: 'PRODUCTION',
    status: 'ACTIVE',
    name: 'ci-deploy',
    description: 'Deploys from CI.\nRotated monthly.',
    permissions: ['runs:read', 'agents:*'],
    create_time: '2026-03-01T12:00:00Z',
    update_time: null,
    last_used_at: null,
    ...overrides,
  }
}

/** Whether an AIP-160 expression matches the record (the default one unless given). */
export const matches = (expression: string, target: ApiKeyRecord = makeRecord()): boolean => compileFilter(expression, 'aip160')(target)
