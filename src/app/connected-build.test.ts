// @vitest-environment node
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'

// The connected-only build must not ship the mock, its seed or its service worker.
describe('the connected-only build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'connected-build-'))
  afterAll(() => rmSync(outDir, { recursive: true, force: true }))

  it('contains no mock code, seed data or mockServiceWorker.js', async () => {
    process.env.VITE_ENABLE_DEMO = 'false'
    try {
      await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } })
    } finally {
      delete process.env.VITE_ENABLE_DEMO
    }
    const files = readdirSync(outDir, { recursive: true }).map(String)
    expect(files).not.toContain('mockServiceWorker.js')
    const js = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(outDir, f), 'utf8')).join('\n')
    expect(js.length).toBeGreaterThan(1000)
    for (const marker of ['setupWorker', 'coval_demo_admin_key', '/demo-api', 'Grafana exporter', 'mockServiceWorker']) {
      expect(js, marker).not.toContain(marker)
    }
  }, 60_000)
})
