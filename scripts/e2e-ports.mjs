// The ports the e2e servers listen on (see playwright.config.ts): its defaults when they are free,
// else free ones. These machines are shared, and another run may hold a default port: the suite
// would then fail before its first test (EADDRINUSE), not because of anything it tests.
import { createServer } from 'node:net'

// Below Linux's ephemeral range (32768–60999): an outgoing connection's local port is taken from
// that range, and during the minutes the build takes one could land on a default port and make
// its server fail to start (EADDRINUSE), as one run under full load did with 41790.
export const DEFAULTS = [
  { name: 'E2E_PORT', port: 24731, size: 1 },
  { name: 'E2E_MOCK_API_PORT', port: 24787, size: 1 },
  // One per answers dialect (e2e/answers-servers.ts), from this port up.
  { name: 'E2E_ANSWERS_PORT', port: 24788, size: 3 },
]

const isFree = (port) =>
  new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })

async function blockFree(base, size, taken) {
  for (let port = base; port < base + size; port++) if (taken.has(port) || !(await isFree(port))) return false
  return true
}

/** Env settings for ports that had to move; a port set in the environment is kept as it is. */
export async function e2ePortsEnv(env = process.env) {
  const moved = {}
  const taken = new Set()
  for (const { name, port, size } of DEFAULTS) {
    if (env[name]) continue
    let base = port
    // Below Linux's ephemeral range (32768 up), where no outgoing connection takes a port.
    for (let tries = 0; !(await blockFree(base, size, taken)); tries++) {
      if (tries > 50) throw new Error(`No free port for ${name}`)
      base = 20_000 + Math.floor(Math.random() * 10_000)
    }
    for (let p = base; p < base + size; p++) taken.add(p)
    if (base !== port) moved[name] = String(base)
  }
  return moved
}
