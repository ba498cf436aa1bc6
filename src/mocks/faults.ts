import { isRecord, isWholeNumber } from '../api/read-json'

/** What the next matching request(s) should suffer, for tests and demos. */
export type Fault =
  | {
      kind: 'status'
      /** 400..599 */
      status: number
      retryAfterSeconds?: number
      /** `html` answers with an HTML page, as a proxy in front of the API might. */
      body: 'envelope' | 'html'
    }
  | { kind: 'network' }

const METHODS = ['GET', 'POST', 'PATCH', 'DELETE'] as const

export interface FaultConfig {
  latencyMs: number
  fault: Fault | null
  /** How many matching requests fail; `null` means all of them until cleared. */
  times: number | null
  method?: (typeof METHODS)[number]
  /** Only requests whose path contains this fail, e.g. one key's id. */
  pathIncludes?: string
  /** Only requests whose query contains this fail, e.g. `page_token=`: a later page of the list, not its first. */
  queryIncludes?: string
}

/** A fault as sent to `setFaults` or the control endpoint, or what is wrong with it. */
function readFault(value: unknown): Fault | string {
  if (!isRecord(value)) return 'fault: expected an object with a kind'
  if (value.kind === 'network') return { kind: 'network' }
  if (value.kind !== 'status') return 'fault.kind: expected "status" or "network"'
  const { status, retryAfterSeconds, body = 'envelope' } = value
  if (!isWholeNumber(status, 400, 599)) return 'fault.status: expected a whole number from 400 to 599'
  if (retryAfterSeconds !== undefined && !isWholeNumber(retryAfterSeconds, 0)) return 'fault.retryAfterSeconds: expected a whole number ≥ 0'
  if (body !== 'envelope' && body !== 'html') return 'fault.body: expected "envelope" or "html"'
  return { kind: 'status', status, body, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) }
}

/** A fault configuration with its defaults filled in, or what is wrong with it (in words, for the console or a test). */
export function readFaultConfig(value: unknown): FaultConfig | string {
  if (!isRecord(value)) return 'expected an object'
  const { latencyMs = 0, fault = null, times = 1, method, pathIncludes, queryIncludes } = value
  if (!isWholeNumber(latencyMs, 0, 60_000)) return 'latencyMs: expected a whole number from 0 to 60000'
  const read = fault === null ? null : readFault(fault)
  if (typeof read === 'string') return read
  if (times !== null && !isWholeNumber(times, 1)) return 'times: expected a whole number ≥ 1, or null'
  if (method !== undefined && !METHODS.some((known) => known === method)) return `method: expected one of ${METHODS.join(', ')}`
  if (pathIncludes !== undefined && typeof pathIncludes !== 'string') return 'pathIncludes: expected text'
  if (queryIncludes !== undefined && typeof queryIncludes !== 'string') return 'queryIncludes: expected text'
  return {
    latencyMs,
    fault: read,
    times,
    ...(method === undefined ? {} : { method: method as FaultConfig['method'] }),
    ...(pathIncludes === undefined ? {} : { pathIncludes }),
    ...(queryIncludes === undefined ? {} : { queryIncludes }),
  }
}

export const NO_FAULTS: FaultConfig = { latencyMs: 0, fault: null, times: 1 }

export class FaultController {
  #config: FaultConfig = NO_FAULTS

  get config(): FaultConfig {
    return this.#config
  }

  set(config: FaultConfig): void {
    this.#config = config
  }

  clear(): void {
    this.#config = NO_FAULTS
  }

  /** The fault this request gets, if any; counts it down. `query`: the URL's search part, `?` and all. */
  take(method: string, path: string, query = ''): Fault | null {
    const { fault, times, method: onlyMethod, pathIncludes, queryIncludes } = this.#config
    if (!fault) return null
    if (onlyMethod && onlyMethod !== method) return null
    if (pathIncludes && !path.includes(pathIncludes)) return null
    if (queryIncludes && !query.includes(queryIncludes)) return null
    if (times !== null) {
      this.#config = times > 1 ? { ...this.#config, times: times - 1 } : { ...this.#config, fault: null }
    }
    return fault
  }
}
