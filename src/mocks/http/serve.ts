import { createServer } from 'node:http'
import { createMockBackend } from '../backend'
import { nodeHandler } from './node-adapter'

export const DEFAULT_MOCK_API_PORT = 8787
export const DEFAULT_MOCK_API_KEY = 'coval_local_admin_key'

const port = Number(process.env.MOCK_API_PORT ?? DEFAULT_MOCK_API_PORT)
const adminKey = process.env.MOCK_API_KEY || DEFAULT_MOCK_API_KEY
// Comma-separated origins allowed by CORS; by default any origin (it is a local test server).
const origins = process.env.MOCK_API_CORS_ORIGINS ? process.env.MOCK_API_CORS_ORIGINS.split(',').map((o) => o.trim()) : '*'

const backend = createMockBackend({ adminKey })
const server = createServer(nodeHandler(backend.api, origins))

server.listen(port, '127.0.0.1', () => {
  console.log(`Mock Coval API on http://127.0.0.1:${port}  (${backend.store.size} seeded keys)`)
  console.log(`Admin key:  ${adminKey}`)
  console.log(`Also accepted: ${adminKey}-readonly (api-keys:read only), ${adminKey}-noaccess (no api-keys scope)`)
  console.log(`Faults:     POST /__mock/faults {"fault":{"kind":"status","status":500},"times":1} · DELETE /__mock/faults · POST /__mock/reset`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
