import { readFaultConfig, type FaultController } from './faults'
import { MockApiError, jsonResponse, readJson } from './responses'
import { readSettingsChange, type MockSettings } from './settings'
import type { AuditEntry } from './store'

/** What the control requests reach: the mock's faults, its seed and the server it plays. */
export interface ControlTarget {
  faults: FaultController
  /** Puts the seed back; returns how many keys it holds. */
  reset(): number
  settings(): MockSettings
  changeSettings(change: Partial<MockSettings>): void
  /** Every change since the seed was put in place, oldest first, with the reasons sent. */
  audit(): readonly AuditEntry[]
}

/** `/__mock/…`: test and demo controls, outside the API (no key needed, no faults applied). */
export async function handleControl(request: Request, what: string, target: ControlTarget): Promise<Response> {
  const { faults } = target
  const method = request.method
  if (what === 'reset' && method === 'POST') {
    const count = target.reset()
    faults.clear()
    return jsonResponse({ count })
  }
  if (what === 'settings' && method === 'GET') return jsonResponse(target.settings())
  if (what === 'audit' && method === 'GET') {
    // No endpoint of the API returns a reason; tests read what the server kept here.
    const keyId = new URL(request.url).searchParams.get('key_id')
    return jsonResponse({ entries: target.audit().filter((entry) => keyId === null || entry.keyId === keyId) })
  }
  if (what === 'settings' && method === 'POST') {
    target.changeSettings(readSettingsChange(await readJson(request)))
    return jsonResponse(target.settings())
  }
  if (what === 'faults' && method === 'DELETE') {
    faults.clear()
    return jsonResponse(faults.config)
  }
  if (what === 'faults' && method === 'POST') {
    const config = readFaultConfig(await readJson(request))
    if (typeof config === 'string') throw new MockApiError('INVALID_ARGUMENT', `Fault configuration: ${config}`)
    faults.set(config)
    return jsonResponse(faults.config)
  }
  if (what === 'faults' && method === 'GET') return jsonResponse(faults.config)
  throw new MockApiError('NOT_FOUND', `No such control: ${method} ${what}`)
}
