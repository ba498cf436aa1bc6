import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'

// The connected-only build must not ship the mock or its seed.
describe('the connected-only build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'connected-build-'))
  afterAll(() => rmSync(outDir, { recursive: true, force: true }))

  it('contains no mock code or seed data', async () => {
    process.env.VITE_ENABLE_DEMO = 'false'
    try {
      await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } })
    } finally {
      delete process.env.VITE_ENABLE_DEMO
    }
    const files = readdirSync(outDir, { recursive: true }).map(String)
    const js = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(outDir, f), 'utf8')).join('\n')
    expect(js.length).toBeGreaterThan(1000)
    for (const marker of ['coval_demo_admin_key', '/demo-api', 'Grafana exporter', 'coval-demo-store', 'covalDemo']) {
      expect(js.includes(marker) ? marker : null).toBeNull()
    }
  }, 60_000)
})
