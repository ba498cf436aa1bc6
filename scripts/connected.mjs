// `npm run connected`: the dev server in front of a real API, through a same-origin proxy so
// the browser never meets CORS. Target: VITE_API_PROXY_TARGET, default the local mock API.
import { spawn } from 'node:child_process'

const target = process.env.VITE_API_PROXY_TARGET || `http://127.0.0.1:${process.env.MOCK_API_PORT ?? 8787}`
console.log(`Proxying /api-proxy → ${target}. In the Connect dialog, use the base URL /api-proxy.`)
const child = spawn('npx', ['vite', '--port', process.env.PORT ?? '5319', '--strictPort'], {
  stdio: 'inherit',
  env: { ...process.env, VITE_API_PROXY_TARGET: target },
})
child.on('exit', (code) => process.exit(code ?? 0))
