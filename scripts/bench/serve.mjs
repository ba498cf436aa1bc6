// Tiny static server for a built dist/ directory: 127.0.0.1, an OS-chosen free port, SPA fallback,
// no caching; no compression unless asked (gzip sizes are computed by the bench itself), gzip as
// `vite preview` and CDNs serve text files when `compress` is set (Lighthouse's gzip runs).
import { createServer } from 'node:http'
import { gzipSync } from 'node:zlib'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/** Resolves a URL path inside root, or null when it escapes root or is not a file. */
async function resolveFile(root, urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)))
  if (path !== root && !path.startsWith(root + sep)) return null
  try {
    return (await stat(path)).isFile() ? path : null
  } catch {
    return null
  }
}

/**
 * Serves `root` on 127.0.0.1 at a port the OS picks.
 * @param {string} root absolute path of the built app
 * @param {{ compress?: boolean }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function serveDist(root, { compress = false } = {}) {
  const gzipped = new Map()
  const server = createServer(async (req, res) => {
    try {
      const urlPath = new URL(req.url ?? '/', 'http://x').pathname
      // Files with an extension that do not exist are 404s; anything else falls back to the SPA.
      let file = await resolveFile(root, urlPath)
      if (!file && extname(urlPath) && urlPath !== '/') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
        return
      }
      file ??= join(root, 'index.html')
      const type = TYPES[extname(file)] ?? 'application/octet-stream'
      const gzip = compress && /gzip/.test(req.headers['accept-encoding'] ?? '') && /^(text\/|application\/json|image\/svg)/.test(type)
      let body = await readFile(file)
      if (gzip) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 6 }))
        body = gzipped.get(file)
      }
      res.writeHead(200, {
        'content-type': type,
        'content-length': body.length,
        'cache-control': 'no-store',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      })
      res.end(req.method === 'HEAD' ? undefined : body)
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
    }
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.()
      server.close(() => resolve())
    }),
  }
}
