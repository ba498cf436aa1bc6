import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv } from 'vite'

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  const proxyTarget = env.VITE_API_PROXY_TARGET
  return {
    plugins: [react(), tailwindcss()],
    server: proxyTarget
      ? { proxy: { '/api-proxy': { target: proxyTarget, changeOrigin: true, rewrite: (p) => p.replace(/^\/api-proxy/, '') } } }
      : undefined,
    build: { target: 'es2022', sourcemap: false },
  }
})
