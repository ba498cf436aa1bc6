import { Icon } from '../../../components/ui/icon'

/** A quiet sign that fresh data is on its way while the current rows stay usable. */
export function RefreshIndicator({ active }: { active: boolean }) {
  return (
    <span role="status" className="inline-flex items-center gap-1.5 text-xs">
      {active && (
        <>
          <Icon name="loader-circle" className="size-3.5 animate-spin" />
          Updating…
        </>
      )}
    </span>
  )
}
