import { execFileSync } from 'node:child_process'
import { createServer, type Server } from 'node:net'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULTS } from '../../scripts/e2e-ports.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** What scripts/e2e-ports.mjs chooses, asked in a process of its own (as npm test asks it). */
function chosen(env: Record<string, string> = {}): Record<string, string> {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', "import('./scripts/e2e-ports.mjs').then(async (m) => console.log(JSON.stringify(await m.e2ePortsEnv())))"], {
    cwd: root,
    env: { ...process.env, E2E_PORT: '', E2E_MOCK_API_PORT: '', E2E_ANSWERS_PORT: '', ...env },
    encoding: 'utf8',
  })
  return JSON.parse(out) as Record<string, string>
}

const held: Server[] = []
const hold = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => {
      held.push(server)
      resolve(true)
    })
  })

afterEach(async () => {
  await Promise.all(held.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

describe('the e2e ports npm test gives Playwright', () => {
  it('moves a default port another process holds to a free one below the ephemeral range', async () => {
    // Held by this test, or already by someone else on this shared machine: taken either way.
    await hold(24787)
    const moved = Number(chosen().E2E_MOCK_API_PORT)
    expect(moved).toBeGreaterThanOrEqual(20_000)
    expect(moved).toBeLessThan(32_768)
    expect(await hold(moved)).toBe(true)
  })

  it('defaults below the ephemeral range, where no outgoing connection can take them while the build runs', () => {
    for (const { port, size } of DEFAULTS) expect(port + size - 1).toBeLessThan(32_768)
  })

  it('keeps a port set in the environment, even a taken one', async () => {
    await hold(24787)
    expect(chosen({ E2E_MOCK_API_PORT: '24787' })).not.toHaveProperty('E2E_MOCK_API_PORT')
  })
})
