import { useEffect, useRef, type PointerEvent, type ReactNode } from 'react'

// Plain toggle buttons (aria-pressed): every option one click away, no menu to open, and no
// component library on the first screen.
const groupClass = 'inline-flex flex-wrap items-center gap-0.5 rounded-md border border-zinc-300 bg-white p-0.5 dark:border-zinc-700 dark:bg-zinc-900'
const itemClass =
  'rounded px-2.5 py-1 text-sm text-zinc-700 hover:bg-zinc-100 pointer-coarse:py-2 aria-pressed:bg-indigo-600 aria-pressed:text-white dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-pressed:bg-indigo-400 dark:aria-pressed:text-zinc-950'

export interface ToggleOption<T extends string> {
  value: T
  label: string
}

function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} className={groupClass}>
      {/* The same label, seen: the group's aria-label already names it for screen readers. */}
      <span aria-hidden className="px-1.5 text-xs font-medium text-zinc-500 dark:text-zinc-400">
        {label}
      </span>
      {children}
    </div>
  )
}

/** How long a pointer rests on an option before it counts as meaning to press it. */
export const INTENT_MS = 100

/**
 * Calls `onIntent` once a mouse or pen has rested on the element for INTENT_MS: time enough to
 * fetch what pressing it will show. A pointer passing over does not count, nor a touch (no hover).
 */
function usePointerIntent(onIntent: (() => void) | undefined) {
  const timer = useRef<number | undefined>(undefined)
  const cancel = () => window.clearTimeout(timer.current)
  // An option that goes away (the sheet closes) takes its pending intent with it.
  useEffect(() => () => window.clearTimeout(timer.current), [])
  if (!onIntent) return {}
  return {
    onPointerEnter: (event: PointerEvent) => {
      cancel()
      if (event.pointerType !== 'touch') timer.current = window.setTimeout(onIntent, INTENT_MS)
    },
    onPointerLeave: cancel,
    onPointerDown: cancel,
  }
}

function Toggle({ pressed, onClick, onIntent, children }: { pressed: boolean; onClick: () => void; onIntent?: () => void; children: ReactNode }) {
  return (
    <button type="button" aria-pressed={pressed} onClick={onClick} className={itemClass} {...usePointerIntent(onIntent)}>
      {children}
    </button>
  )
}

/** One choice of several. With `anyLabel`, `null` is the "any" option, shown first; without, one is always chosen. */
export function ToggleGroup<T extends string>({
  label,
  value,
  options,
  anyLabel,
  onChange,
  onIntent,
}: {
  label: string
  value: T | null
  options: readonly ToggleOption<T>[]
  anyLabel?: string
  onChange: (value: T | null) => void
  /** A pointer rests on an option: the value pressing it would choose. */
  onIntent?: (value: T | null) => void
}) {
  // Pressing the chosen option again goes back to "any", where there is one.
  const pressing = (option: T | null) => (value === option && anyLabel !== undefined ? null : option)
  const toggle = (option: T | null, text: string) => (
    <Toggle key={option ?? ''} pressed={value === option} onClick={() => onChange(pressing(option))} onIntent={onIntent && (() => onIntent(pressing(option)))}>
      {text}
    </Toggle>
  )
  return (
    <Group label={label}>
      {anyLabel !== undefined && toggle(null, anyLabel)}
      {options.map((option) => toggle(option.value, option.label))}
    </Group>
  )
}

/** Several choices; none pressed (or every one) means all, which `anyLabel` shows and chooses. */
export function MultiToggleGroup<T extends string>({
  label,
  value,
  options,
  anyLabel,
  onChange,
  onIntent,
}: {
  label: string
  value: readonly T[]
  options: readonly ToggleOption<T>[]
  anyLabel?: string
  onChange: (value: T[]) => void
  /** A pointer rests on an option: the values pressing it would choose. */
  onIntent?: (value: T[]) => void
}) {
  const all = value.length === 0 || options.every((o) => value.includes(o.value))
  const pressing = (v: T): T[] => {
    const from = all ? [] : value
    const next = from.includes(v) ? from.filter((x) => x !== v) : [...from, v]
    // Keep the options' order whatever order they were pressed in.
    return options.map((o) => o.value).filter((o) => next.includes(o))
  }
  return (
    <Group label={label}>
      {anyLabel !== undefined && (
        <Toggle pressed={all} onClick={() => onChange([])} onIntent={onIntent && (() => onIntent([]))}>
          {anyLabel}
        </Toggle>
      )}
      {options.map((option) => (
        <Toggle
          key={option.value}
          pressed={!all && value.includes(option.value)}
          onClick={() => onChange(pressing(option.value))}
          onIntent={onIntent && (() => onIntent(pressing(option.value)))}
        >
          {option.label}
        </Toggle>
      ))}
    </Group>
  )
}
