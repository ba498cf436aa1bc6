import { createMockBackend } from '../backend'
import { DEFAULT_MOCK_DIALECT, isMockDialect, type MockDialect } from '../dialect'
import { DEFAULT_SEED_COUNT } from '../seed'
import { DIALECT_RULE, SEED_COUNT_RULE, isSeedCount } from '../settings'
import { createMockHttpServer } from './node-adapter'

export const DEFAULT_MOCK_API_PORT = 8787
export const DEFAULT_MOCK_API_KEY = 'coval_local_admin_key'

/** A wrong setting stops the server at once, in one line, rather than serving something else. */
function refuse(message: string): never {
  console.error(`mock-api: ${message}`)
  process.exit(1)
}

function readDialect(raw: string | undefined): MockDialect {
  if (raw === undefined || raw === '') return DEFAULT_MOCK_DIALECT
  return isMockDialect(raw) ? raw : refuse(`MOCK_API_DIALECT must be ${DIALECT_RULE}; got ${JSON.stringify(raw)}.`)
}

function readSeedCount(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_SEED_COUNT
  const count = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  return isSeedCount(count) ? count : refuse(`MOCK_API_SEED_COUNT must be ${SEED_COUNT_RULE}; got ${JSON.stringify(raw)}.`)
}

const port = Number(process.env.MOCK_API_PORT ?? DEFAULT_MOCK_API_PORT)
const adminKey = process.env.MOCK_API_KEY || DEFAULT_MOCK_API_KEY
// Comma-separated origins allowed by CORS; by default any origin (it is a local test server).
const origins = process.env.MOCK_API_CORS_ORIGINS ? process.env.MOCK_API_CORS_ORIGINS.split(',').map((o) => o.trim()) : '*'
const dialect = readDialect(process.env.MOCK_API_DIALECT)
const seedCount = readSeedCount(process.env.MOCK_API_SEED_COUNT)

const backend = createMockBackend({ adminKey, dialect, seedCount })
const server = createMockHttpServer(backend.api, origins)

server.listen(port, '127.0.0.1', () => {
  console.log(`Mock Coval API on http://127.0.0.1:${port}  (${backend.store.size} seeded keys)`)
  console.log(`Behaves as: ${dialect} server (MOCK_API_DIALECT: documented | coval | aip160), seed of ${seedCount} keys (MOCK_API_SEED_COUNT)`)
  console.log(`Admin key:  ${adminKey}`)
  console.log(`Also accepted: ${adminKey}-readonly (api-keys:read only), ${adminKey}-noaccess (no api-keys scope)`)
  console.log(`Faults:     POST /__mock/faults {"fault":{"kind":"status","status":500},"times":1} · DELETE /__mock/faults · POST /__mock/reset`)
  console.log(`Settings:   GET /__mock/settings · POST /__mock/settings {"dialect":"documented","seedCount":10000}`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
