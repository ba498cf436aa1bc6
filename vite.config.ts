import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'

// A build with VITE_ENABLE_DEMO=false is for connected use only: the mock, its seed and the
// service worker script must not ship in it.
function dropMockWorker(enabled: boolean): Plugin {
  let outDir = 'dist'
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      if (!enabled) rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true })
    },
  }
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  const demoEnabled = env.VITE_ENABLE_DEMO !== 'false'
  const proxyTarget = env.VITE_API_PROXY_TARGET
  return {
    plugins: [react(), tailwindcss(), dropMockWorker(demoEnabled)],
    server: proxyTarget
      ? { proxy: { '/api-proxy': { target: proxyTarget, changeOrigin: true, rewrite: (p) => p.replace(/^\/api-proxy/, '') } } }
      : undefined,
    build: { target: 'es2022', sourcemap: false },
  }
})
