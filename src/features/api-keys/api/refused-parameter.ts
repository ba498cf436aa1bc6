import { isApiError } from '../../../api/api-error'
import { PARAMETER_OF, type Capability } from '../model/server-capabilities'

/** The capabilities, among those a request used, that a 400 refuses by naming their parameter. */
export function refusedCapabilities(error: unknown, used: readonly Capability[]): Capability[] {
  if (!isApiError(error) || error.status !== 400) return []
  const named = new Set(error.details.map((detail) => detail.field))
  return used.filter((capability) => named.has(PARAMETER_OF[capability]))
}
