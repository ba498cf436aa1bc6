import * as z from 'zod/mini'
import { KEY_STATUSES, type KeyStatus } from '../../../api/enums'

/** Rotation policies the audit offers: keys created more than N days ago are due. */
export const ROTATION_POLICIES = [30, 60, 90, 180, 365] as const
export type RotationPolicy = (typeof ROTATION_POLICIES)[number]
export const DEFAULT_POLICY: RotationPolicy = 90

/** The audit page's choices, in its URL: which statuses it counts, and the rotation policy. */
export interface AuditView {
  /** One status, or every status (`all`). */
  status: KeyStatus | 'all'
  policy: RotationPolicy
}

export const DEFAULT_AUDIT_VIEW: AuditView = { status: 'ACTIVE', policy: DEFAULT_POLICY }

const urlSchema = z.object({
  status: z.catch(z.enum([...KEY_STATUSES, 'all']), 'ACTIVE'),
  policy: z.catch(z.pipe(z.coerce.number(), z.literal(ROTATION_POLICIES)), DEFAULT_POLICY),
})

/** A status as a link may write it, in any case (`revoked`, `All`). */
const statusIn = (raw: string | null): string => (raw === null ? 'ACTIVE' : raw.trim().toLowerCase() === 'all' ? 'all' : raw.trim().toUpperCase())

export function parseAuditView(search: URLSearchParams): AuditView {
  return urlSchema.parse({ status: statusIn(search.get('status')), policy: search.get('policy') ?? DEFAULT_POLICY })
}

/**
 * What a link asked of the audit that it does not know, in words (`keys “archived”`, `rotation
 * policy “45”`): shown as the default instead, where they had been dropped without a word.
 */
export function auditLinkLeftovers(search: URLSearchParams, view: AuditView): string[] {
  const left: string[] = []
  const status = search.get('status')
  if (status !== null && status.trim() !== '' && statusIn(status) !== view.status) left.push(`keys “${status}”`)
  const policy = search.get('policy')
  if (policy !== null && policy.trim() !== '' && Number(policy) !== view.policy) left.push(`rotation policy “${policy}”`)
  return left
}

/** Defaults left out, so the plain audit has a plain URL. */
export function serializeAuditView(view: AuditView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.status !== DEFAULT_AUDIT_VIEW.status) params.set('status', view.status)
  if (view.policy !== DEFAULT_POLICY) params.set('policy', String(view.policy))
  return params
}

/** The statuses a figure counts, as the keys list's view names them (empty: every status). */
export function auditStatuses(view: AuditView): KeyStatus[] {
  return view.status === 'all' ? [] : [view.status]
}
