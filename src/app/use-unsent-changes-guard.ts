import { useIsMutating } from '@tanstack/react-query'
import { useWarnBeforeUnload } from '../hooks/use-warn-before-unload'

/** Changes made offline wait in this tab's memory (paused mutations): leaving would drop them, so it asks first. */
export function useUnsentChangesGuard(): void {
  useWarnBeforeUnload(useIsMutating({ predicate: (mutation) => mutation.state.isPaused }) > 0)
}
