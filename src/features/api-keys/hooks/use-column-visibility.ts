import { useCallback, useState } from 'react'
import * as z from 'zod/mini'

const STORAGE_KEY = 'coval-keys-columns:v1'
const schema = z.record(z.string(), z.boolean())

function load(): Record<string, boolean> {
  try {
    const parsed = schema.safeParse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}'))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

/** Which columns are shown, remembered across visits (a preference, nothing sensitive). */
export function useColumnVisibility() {
  const [visibility, setVisibility] = useState(load)
  const update = useCallback((next: Record<string, boolean> | ((previous: Record<string, boolean>) => Record<string, boolean>)) => {
    setVisibility((previous) => {
      const value = typeof next === 'function' ? next(previous) : next
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(value))
      } catch {
        // Storage blocked: the choice holds for this visit only.
      }
      return value
    })
  }, [])
  return [visibility, update] as const
}
