import { FaultController, readFaultConfig } from './faults'

describe('readFaultConfig', () => {
  it('fills in the defaults: no latency, no fault, once', () => {
    expect(readFaultConfig({})).toEqual({ latencyMs: 0, fault: null, times: 1 })
    expect(readFaultConfig({ fault: { kind: 'status', status: 503 } })).toEqual({ latencyMs: 0, fault: { kind: 'status', status: 503, body: 'envelope' }, times: 1 })
  })

  it('keeps what it knows and drops the rest', () => {
    const config = { latencyMs: 800, fault: { kind: 'status', status: 429, retryAfterSeconds: 3, body: 'html', extra: 1 }, times: null, method: 'PATCH', pathIncludes: 'K1', colour: 'red' }
    expect(readFaultConfig(config)).toEqual({ latencyMs: 800, fault: { kind: 'status', status: 429, retryAfterSeconds: 3, body: 'html' }, times: null, method: 'PATCH', pathIncludes: 'K1' })
    expect(readFaultConfig({ fault: { kind: 'network', status: 500 } })).toEqual({ latencyMs: 0, fault: { kind: 'network' }, times: 1 })
  })

  it('says what is wrong, field by field', () => {
    expect(readFaultConfig(null)).toBe('expected an object')
    expect(readFaultConfig({ latencyMs: -1 })).toMatch(/^latencyMs:/)
    expect(readFaultConfig({ latencyMs: 60_001 })).toMatch(/^latencyMs:/)
    expect(readFaultConfig({ fault: { kind: 'slow' } })).toMatch(/^fault\.kind:/)
    expect(readFaultConfig({ fault: { kind: 'status', status: 302 } })).toMatch(/^fault\.status:/)
    expect(readFaultConfig({ fault: { kind: 'status', status: 500, retryAfterSeconds: 1.5 } })).toMatch(/^fault\.retryAfterSeconds:/)
    expect(readFaultConfig({ fault: { kind: 'status', status: 500, body: 'json' } })).toMatch(/^fault\.body:/)
    expect(readFaultConfig({ times: 0 })).toMatch(/^times:/)
    expect(readFaultConfig({ method: 'PUT' })).toMatch(/^method:/)
    expect(readFaultConfig({ pathIncludes: 7 })).toMatch(/^pathIncludes:/)
    expect(readFaultConfig({ queryIncludes: 7 })).toMatch(/^queryIncludes:/)
  })
})

describe('FaultController', () => {
  it('fails as many matching requests as it was told, then none', () => {
    const faults = new FaultController()
    const config = readFaultConfig({ fault: { kind: 'network' }, times: 2, method: 'GET', pathIncludes: 'K1' })
    if (typeof config === 'string') throw new Error(config)
    faults.set(config)
    expect(faults.take('PATCH', '/v1/api-keys/K1')).toBeNull()
    expect(faults.take('GET', '/v1/api-keys/K2')).toBeNull()
    expect(faults.take('GET', '/v1/api-keys/K1')).toEqual({ kind: 'network' })
    expect(faults.take('GET', '/v1/api-keys/K1')).toEqual({ kind: 'network' })
    expect(faults.take('GET', '/v1/api-keys/K1')).toBeNull()
  })

  it('fails only requests whose query holds what it was told: a later page, not the first', () => {
    const faults = new FaultController()
    const config = readFaultConfig({ fault: { kind: 'status', status: 400 }, times: null, queryIncludes: 'page_token=' })
    if (typeof config === 'string') throw new Error(config)
    faults.set(config)
    expect(faults.take('GET', '/v1/api-keys', '?page_size=20')).toBeNull()
    expect(faults.take('GET', '/v1/api-keys')).toBeNull()
    expect(faults.take('GET', '/v1/api-keys', '?page_size=20&page_token=abc')).toMatchObject({ kind: 'status', status: 400 })
  })
})
