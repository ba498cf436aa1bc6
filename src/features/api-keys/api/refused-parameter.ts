import { isApiError } from '../../../api/api-error'
import type { ServerPlan } from '../model/list-plan'
import { PARAMETER_OF, type Capability } from '../model/server-capabilities'

/**
 * The capabilities, among those a request used, that a 400 refuses: by naming their parameter in
 * `details[].field`, or else in its message. `onlySuspect`: a probe sends one doubtful parameter,
 * so a 400 that names no field at all is taken to refuse that one.
 */
export function refusedCapabilities(error: unknown, used: readonly Capability[], onlySuspect = false): Capability[] {
  if (!isApiError(error) || error.status !== 400) return []
  const fields = error.details.map((detail) => detail.field).filter((field) => field !== null)
  if (fields.length > 0) return used.filter((capability) => fields.includes(PARAMETER_OF[capability]))
  const named = used.filter((capability) => new RegExp(`\\b${PARAMETER_OF[capability]}\\b`).test(error.message))
  if (named.length > 0 || !onlySuspect) return named
  return [...used]
}

/** The doubtful parameters a request sent (status is documented, and the default order sends none). */
export const sentParameters = ({ request }: ServerPlan): Capability[] => [
  ...(request.environment ? (['environment'] as const) : []),
  ...(request.filter ? (['filter'] as const) : []),
  ...(request.orderBy ? (['orderBy'] as const) : []),
]
