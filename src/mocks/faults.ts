import * as z from 'zod/mini'

// zod/mini spells `.default()` as `_default` (default is a reserved word).
// oxlint-disable-next-line no-underscore-dangle
const withDefault = z._default

/** What the next matching request(s) should suffer, for tests and demos. */
export const faultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('status'),
    status: z.int().check(z.minimum(400), z.maximum(599)),
    retryAfterSeconds: z.optional(z.int().check(z.nonnegative())),
    /** `html` answers with an HTML page, as a proxy in front of the API might. */
    body: withDefault(z.enum(['envelope', 'html']), 'envelope'),
  }),
  z.object({ kind: z.literal('network') }),
])
export type Fault = z.infer<typeof faultSchema>

export const faultConfigSchema = z.object({
  latencyMs: withDefault(z.int().check(z.nonnegative(), z.maximum(60_000)), 0),
  fault: withDefault(z.nullable(faultSchema), null),
  /** How many matching requests fail; `null` means all of them until cleared. */
  times: withDefault(z.nullable(z.int().check(z.positive())), 1),
  method: z.optional(z.enum(['GET', 'POST', 'PATCH', 'DELETE'])),
  /** Only requests whose path contains this fail, e.g. one key's id. */
  pathIncludes: z.optional(z.string()),
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
