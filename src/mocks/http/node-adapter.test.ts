import { Agent, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createMockBackend } from '../backend'
import { createMockHttpServer } from './node-adapter'

const servers: ReturnType<typeof createMockHttpServer>[] = []
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    server.close()
  }
})

/** DELETE /__mock/faults over `agent`; resolves with the status and the local port the request left from. */
function clearFaults(port: number, agent: Agent): Promise<{ status: number; localPort: number }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/__mock/faults', method: 'DELETE', agent }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, localPort: req.socket?.localPort ?? 0 }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('the mock API over HTTP', () => {
  it('keeps a client’s idle connection open for its next request, never closing it under that client', async () => {
    const server = createMockHttpServer(createMockBackend({ adminKey: 'k' }).api, '*')
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    // Node's default (5 s) races a client reusing the connection: "socket hang up" under load.
    expect(server.keepAliveTimeout).toBe(0)
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    const first = await clearFaults(port, agent)
    const second = await clearFaults(port, agent)
    expect([first.status, second.status]).toEqual([200, 200])
    expect(second.localPort).toBe(first.localPort)
    agent.destroy()
  })
})
