import { isKnown, KEY_STATUSES, type KeyStatus } from '../../../../api/enums'
import { Icon, type IconName } from '../../../../components/ui/icon'
import { STATUS_LABELS } from '../../model/labels'

const LOOKS: Record<KeyStatus, { icon: IconName; className: string }> = {
  ACTIVE: { icon: 'circle-check', className: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20 dark:bg-emerald-950 dark:text-emerald-300 dark:ring-emerald-400/30' },
  SUSPENDED: { icon: 'circle-pause', className: 'bg-amber-50 text-amber-900 ring-amber-600/25 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-400/30' },
  REVOKED: { icon: 'ban', className: 'bg-red-50 text-red-800 ring-red-600/20 dark:bg-red-950 dark:text-red-300 dark:ring-red-400/30' },
  EXPIRED: { icon: 'clock', className: 'bg-zinc-100 text-zinc-700 ring-zinc-500/25 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-400/30' },
}

/** Text and icon, never colour alone; a status this client does not know is shown neutrally. */
export function StatusBadge({ status }: { status: string }) {
  const known = isKnown(KEY_STATUSES, status)
  const icon = known ? LOOKS[status].icon : 'circle-question-mark'
  const className = known ? LOOKS[status].className : 'bg-zinc-50 text-zinc-700 ring-zinc-400/40 dark:bg-zinc-900 dark:text-zinc-300'
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${className}`}>
      <Icon name={icon} className="size-3.5" />
      {known ? STATUS_LABELS[status] : `Unknown: ${status}`}
    </span>
  )
}
