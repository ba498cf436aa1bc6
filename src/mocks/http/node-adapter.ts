import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { NETWORK_ERROR, type MockApi } from '../mock-api'

const CORS_HEADERS = {
  'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': 'x-api-key, content-type, accept',
  // Without these the browser hides them from the dashboard: it needs both.
  'access-control-expose-headers': 'retry-after, x-request-id',
  'access-control-max-age': '600',
}

function corsHeaders(origin: string | undefined, allowedOrigins: readonly string[] | '*'): Record<string, string> {
  if (!origin) return {}
  if (allowedOrigins !== '*' && !allowedOrigins.includes(origin)) return {}
  return { ...CORS_HEADERS, 'access-control-allow-origin': origin, vary: 'Origin' }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Serves the mock API over node:http: the same handlers, a real socket. */
export function nodeHandler(api: MockApi, allowedOrigins: readonly string[] | '*') {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const cors = corsHeaders(req.headers.origin, allowedOrigins)
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end()
      return
    }
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value)
      else if (Array.isArray(value)) headers.set(name, value.join(', '))
    }
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
    const body = hasBody ? await readBody(req) : undefined
    const request = new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`), {
      method: req.method,
      headers,
      body: body && body.length > 0 ? new Uint8Array(body) : undefined,
    })
    try {
      const result = await api.handle(request)
      if (result === NETWORK_ERROR) {
        req.socket.destroy()
        return
      }
      const out: Record<string, string> = { ...cors }
      result.headers.forEach((value, name) => (out[name] = value))
      res.writeHead(result.status, out).end(Buffer.from(await result.arrayBuffer()))
    } catch (error) {
      console.error(error)
      res.writeHead(500, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'INTERNAL', message: 'Mock server error.' } }))
    }
  }
}

/**
 * An HTTP server for the mock API. It never closes an idle keep-alive connection itself (Node's
 * default closes it after 5 s): a client that sends its next request on that connection just as the
 * server closes it gets "socket hang up" (ECONNRESET), as a test's cleanup request did after a
 * 5-second Retry-After wait on a machine under full load. Clients close their own idle connections.
 */
export function createMockHttpServer(api: MockApi, allowedOrigins: readonly string[] | '*'): Server {
  const server = createServer(nodeHandler(api, allowedOrigins))
  server.keepAliveTimeout = 0
  return server
}
