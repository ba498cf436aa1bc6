/**
 * What a Coval server does with each list parameter. Only `status`, `page_size` and `page_token`
 * are documented; `environment`, `filter` and `order_by` are sent by Coval's CLI but may be
 * honoured, ignored or refused. `defaultOrder` is the documented newest-first order.
 */
export const CAPABILITIES = ['environment', 'filter', 'orderBy', 'status', 'defaultOrder'] as const
export type Capability = (typeof CAPABILITIES)[number]

/** `unknown`: not tried yet, so a probe asks before a count is trusted. */
export type Support = 'unknown' | 'honoured' | 'ignored' | 'refused'

export type Capabilities = Readonly<Record<Capability, Support>>

/** Before anything is learnt: the documented parameters are taken at their word, the rest are unknown. */
export const ASSUMED_CAPABILITIES: Capabilities = {
  environment: 'unknown',
  filter: 'unknown',
  orderBy: 'unknown',
  status: 'honoured',
  defaultOrder: 'honoured',
}

/** Worth sending: honoured, or not yet known otherwise (a probe decides before a count is shown). */
export function mayUse(support: Support): boolean {
  return support === 'unknown' || support === 'honoured'
}

/** The query parameter a capability travels in, as a 400's `details[].field` names it. */
export const PARAMETER_OF: Readonly<Record<Capability, string>> = {
  environment: 'environment',
  filter: 'filter',
  orderBy: 'order_by',
  status: 'status',
  defaultOrder: 'order_by',
}
