import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv } from 'vite'

/**
 * The headers a deployment should send (README, "Deploying"); `vite preview` sends them so the
 * production build is tested under them. connect-src lists where the API may be.
 */
export function securityHeaders(apiOrigins: string): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      `connect-src 'self' ${apiOrigins}`,
      "img-src 'self' data:",
      // React sets a few style attributes (tooltip position); no inline scripts anywhere.
      "style-src 'self' 'unsafe-inline'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  }
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  const proxyTarget = env.VITE_API_PROXY_TARGET
  // Local servers on any port are allowed in preview, for `npm run mock-api` and the e2e tests.
  const apiOrigins = env.CSP_CONNECT_SRC ?? `https://api.coval.dev ${env.VITE_API_BASE_URL ?? ''} http://127.0.0.1:* http://localhost:*`.trim()
  return {
    plugins: [react(), tailwindcss()],
    server: proxyTarget
      ? { proxy: { '/api-proxy': { target: proxyTarget, changeOrigin: true, rewrite: (path) => path.replace(/^\/api-proxy/, '') } } }
      : undefined,
    preview: { headers: securityHeaders(apiOrigins) },
    build: { target: 'es2022', sourcemap: false },
  }
})
