import { useCallback, useMemo, useState, useSyncExternalStore } from 'react'
import * as z from 'zod/mini'

const STORAGE_KEY = 'coval-keys-columns:v1'
const schema = z.record(z.string(), z.boolean())
// The Key column is on where the table has room for it beside the rest; a phone scrolls less without it.
const WIDE = '(min-width: 1024px)'

function load(): Record<string, boolean> {
  try {
    const parsed = schema.safeParse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}'))
    return parsed.success ? parsed.data : {}
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

/** The columns shown unless someone chose otherwise: they follow the width until then. */
export function defaultColumnVisibility(wide: boolean): Record<string, boolean> {
  return { api_key: wide }
}

/** Which columns are shown: the user's choices, remembered across visits (nothing sensitive), over the defaults. */
export function useColumnVisibility() {
  const wide = useSyncExternalStore(subscribeWidth, isWide, () => true)
  const [chosen, setChosen] = useState(load)
  // One object per change, so the table's rows are not drawn again on every render.
  const visibility = useMemo(() => ({ ...defaultColumnVisibility(wide), ...chosen }), [wide, chosen])
  const update = useCallback(
    (next: Record<string, boolean> | ((previous: Record<string, boolean>) => Record<string, boolean>)) => {
      setChosen((previous) => {
        const merged = { ...defaultColumnVisibility(isWide()), ...previous }
        const value = typeof next === 'function' ? next(merged) : next
        // Only what differs from the defaults is a choice; the rest keeps following the width.
        const choices = Object.fromEntries(Object.entries(value).filter(([id, shown]) => shown !== (defaultColumnVisibility(isWide())[id] ?? true)))
        try {
          localStorage.setItem(STORAGE_KEY, JSON.stringify(choices))
        } catch {
          // Storage blocked: the choice holds for this visit only.
        }
        return choices
      })
    },
    [],
  )
  return [visibility, update] as const
}
