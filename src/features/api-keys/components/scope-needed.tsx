import { Icon } from '../../../components/ui/icon'
import { useScopeDenied } from '../../../api/denied-scopes'
import { cn } from '../../../components/ui/cn'

/**
 * After the server refused a write, the controls that need the same scope say so (and stay
 * usable: the key may be granted it meanwhile). Renders nothing until then.
 */
export function ScopeNeeded({ scope, ...props }: { scope: string; id?: string; short?: boolean; className?: string }) {
  return useScopeDenied(scope) ? <ScopeNote scope={scope} {...props} /> : null
}

export function ScopeNote({ scope, id, short = false, className }: { scope: string; id?: string; short?: boolean; className?: string }) {
  return (
    <span id={id} className={cn('inline-flex items-center gap-1 text-xs text-amber-800 dark:text-amber-300', className)}>
      <Icon name="shield-alert" className="size-3.5 shrink-0" />
      {short ? `Needs ${scope}` : `Needs the ${scope} permission, which the server refused the key you connected with.`}
    </span>
  )
}
