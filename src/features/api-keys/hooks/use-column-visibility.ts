import { useCallback, useMemo, useState, useSyncExternalStore } from 'react'
import { isRecord } from '../../../api/read-json'

const STORAGE_KEY = 'coval-keys-columns:v1'
// A column shown only on wide screens (meta `defaultVisible: 'wide'`) needs room beside the rest.
const WIDE = '(min-width: 1024px)'

function load(): Record<string, boolean> {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')
    return isRecord(saved) && Object.values(saved).every((shown) => typeof shown === 'boolean') ? (saved as Record<string, boolean>) : {}
  } catch {
    return {}
  }
}

function subscribeWidth(listener: () => void): () => void {
  const query = window.matchMedia?.(WIDE)
  query?.addEventListener('change', listener)
  return () => query?.removeEventListener('change', listener)
}

const isWide = () => window.matchMedia?.(WIDE).matches ?? true

/**
 * Which columns are shown: the user's choices, remembered across visits (nothing sensitive), over
 * `defaults`, the columns shown unless someone chose otherwise (they follow the width until then).
 * `defaults` must be stable, e.g. a module-level function.
 */
export function useColumnVisibility(defaults: (wide: boolean) => Record<string, boolean>) {
  const wide = useSyncExternalStore(subscribeWidth, isWide, () => true)
  const [chosen, setChosen] = useState(load)
  // One object per change, so the table's rows are not drawn again on every render.
  const visibility = useMemo(() => ({ ...defaults(wide), ...chosen }), [defaults, wide, chosen])
  const update = useCallback(
    (next: Record<string, boolean> | ((previous: Record<string, boolean>) => Record<string, boolean>)) => {
      setChosen((previous) => {
        const merged = { ...defaults(isWide()), ...previous }
        const value = typeof next === 'function' ? next(merged) : next
        // Only what differs from the defaults is a choice; the rest keeps following the width.
        const choices = Object.fromEntries(Object.entries(value).filter(([id, shown]) => shown !== (defaults(isWide())[id] ?? true)))
        try {
          localStorage.setItem(STORAGE_KEY, JSON.stringify(choices))
        } catch {
          // Storage blocked: the choice holds for this visit only.
        }
        return choices
      })
    },
    [defaults],
  )
  return [visibility, update] as const
}
