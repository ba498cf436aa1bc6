import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { defineConfig, loadEnv } from 'vite'

/** script-src sources for index.html's inline scripts (the theme and the shell before the first paint). */
export function inlineScriptHashes(html = readFileSync(new URL('./index.html', import.meta.url), 'utf8')): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => `'sha256-${createHash('sha256').update(match[1] ?? '').digest('base64')}'`)
}

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
      // React sets a few style attributes (tooltip position); the only inline script is index.html's, by hash.
      "style-src 'self' 'unsafe-inline'",
      `script-src 'self' ${inlineScriptHashes().join(' ')}`,
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

interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null
}

/** Chunks loaded at start: the app, the demo's server, and the page an address names (`/audit`, a key's page). */
const START_CHUNK = /(^|\/)(boot|browser|audit-page|key-detail-page)-[\w-]+\.js$/

/** The app's start, which the entry imports once the static shell has painted (src/app/load-app.ts). */
const START_MODULE = /\/src\/app\/boot\.tsx$/

/** The demo's server, which the app loads beside itself in demo builds (src/app/start-mode.ts). */
const DEMO_SERVER_MODULE = /\/src\/mocks\/browser\.ts$/

/**
 * A module of the demo's server that it loads at start: its chunk, so the parts it loads on first use
 * (its writes, its controls) import what they share with it from there, not from chunks of their own.
 */
function demoServerModule(id: string, graph: ModuleGraph): boolean {
  return id.includes('/src/mocks/') && reachedStatically(id, graph, DEMO_SERVER_MODULE)
}

/**
 * A module the first screen loads, but not the entry's own (index.html's script, `src/main.tsx`,
 * which waits for the first paint) nor the start it then imports (`src/app/boot.tsx`).
 */
function firstScreenModule(id: string, graph: ModuleGraph): boolean {
  const info = graph.getModuleInfo(id)
  if (!info || info.isEntry || info.importers.every((importer) => graph.getModuleInfo(importer)?.isEntry)) return false
  return loadedAtStart(id, graph)
}

/**
 * A module both the entry and the first screen import (Vite's preload helper, src/lib/after-next-paint.ts…):
 * it goes into a small chunk of its own. In the app's chunk it would make the entry import that chunk,
 * and index.html preload it, before the shell's first paint.
 */
function sharedWithEntry(id: string, graph: ModuleGraph): boolean {
  const info = graph.getModuleInfo(id)
  return !!info && !info.isEntry && importedByEntry(id, graph) && loadedAtStart(id, graph)
}

/** Whether the entry reaches a module by static imports alone (what it runs before the first paint). */
function importedByEntry(id: string, graph: ModuleGraph, seen = new Set<string>()): boolean {
  if (seen.has(id)) return false
  seen.add(id)
  const info = graph.getModuleInfo(id)
  return !!info && (info.isEntry || info.importers.some((importer) => importedByEntry(importer, graph, seen)))
}

/**
 * Whether a module is reached from the app's start by static imports alone, i.e. loaded before anything lazy.
 * Only our own imports count: a package's index re-exports all of it (radix-ui: every primitive), but
 * the group pulls in just what our modules use, so a primitive only a lazily loaded dialog uses stays with it.
 */
function loadedAtStart(id: string, graph: ModuleGraph): boolean {
  return reachedStatically(id, graph, START_MODULE)
}

/** Whether `root` reaches a module by our own static imports alone. */
function reachedStatically(id: string, graph: ModuleGraph, root: RegExp, seen = new Set<string>()): boolean {
  if (seen.has(id)) return false
  seen.add(id)
  const info = graph.getModuleInfo(id)
  if (!info) return false
  const importers = info.importers.filter((importer) => !importer.includes('/node_modules/'))
  return root.test(id) || importers.some((importer) => reachedStatically(importer, graph, root, seen))
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
    build: {
      target: 'es2022',
      sourcemap: false,
      // Every browser the app supports preloads modules itself (Safari 17+, Firefox 115+): no polyfill
      // on the first screen. A lazily loaded part's own imports are preloaded beside it only for what
      // loads at start (START_CHUNK): the rest load when the page is idle, and the list of every
      // part's files would cost the first screen most of a KiB.
      modulePreload: {
        polyfill: false,
        resolveDependencies: (file, deps, { hostType }) => (hostType === 'html' || START_CHUNK.test(file) ? deps : []),
      },
      rolldownOptions: {
        // Everything the first screen imports goes into one chunk, also what lazily loaded parts
        // (the demo's server, dialogs, the audit) share with it: not a dozen small chunks, each
        // with its own glue and each compressed alone.
        output: {
          codeSplitting: {
            groups: [
              // What the entry needs before the paint and the app needs too: a small chunk of its own, since the
              // entry must import nothing from the app chunk (asked for after the paint).
              { debugName: 'shared with the entry', name: (id, context) => (sharedWithEntry(id, context) ? 'start' : null) },
              { debugName: 'first screen', name: (id, context) => (firstScreenModule(id, context) ? 'app' : null) },
              { debugName: 'demo server', name: (id, context) => (demoServerModule(id, context) ? 'browser' : null) },
            ],
          },
        },
      },
    },
  }
})
