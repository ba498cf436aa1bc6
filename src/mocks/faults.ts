import { z } from 'zod'

/** What the next matching request(s) should suffer, for tests and demos. */
export const faultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('status'),
    status: z.number().int().min(400).max(599),
    retryAfterSeconds: z.number().int().nonnegative().optional(),
    /** `html` answers with an HTML page, as a proxy in front of the API might. */
    body: z.enum(['envelope', 'html']).default('envelope'),
  }),
  z.object({ kind: z.literal('network') }),
])
export type Fault = z.infer<typeof faultSchema>

export const faultConfigSchema = z.object({
  latencyMs: z.number().int().nonnegative().max(60_000).default(0),
  fault: faultSchema.nullable().default(null),
  /** How many matching requests fail; `null` means all of them until cleared. */
  times: z.number().int().positive().nullable().default(1),
  method: z.enum(['GET', 'POST', 'PATCH', 'DELETE']).optional(),
  /** Only requests whose path contains this fail, e.g. one key's id. */
  pathIncludes: z.string().optional(),
})
export type FaultConfig = z.infer<typeof faultConfigSchema>

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

  /** The fault this request gets, if any; counts it down. */
  take(method: string, path: string): Fault | null {
    const { fault, times, method: onlyMethod, pathIncludes } = this.#config
    if (!fault) return null
    if (onlyMethod && onlyMethod !== method) return null
    if (pathIncludes && !path.includes(pathIncludes)) return null
    if (times !== null) {
      this.#config = times > 1 ? { ...this.#config, times: times - 1 } : { ...this.#config, fault: null }
    }
    return fault
  }
}
