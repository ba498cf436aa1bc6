import type { ReactNode } from 'react'

// Plain toggle buttons (aria-pressed): every option one click away, no menu to open, and no
// component library on the first screen.
const groupClass = 'inline-flex flex-wrap items-center gap-0.5 rounded-md border border-zinc-300 bg-white p-0.5 dark:border-zinc-700 dark:bg-zinc-900'
const itemClass =
  'rounded px-2.5 py-1 text-sm text-zinc-700 hover:bg-zinc-100 aria-pressed:bg-indigo-600 aria-pressed:text-white dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-pressed:bg-indigo-400 dark:aria-pressed:text-zinc-950'

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

function Toggle({ pressed, onClick, children }: { pressed: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" aria-pressed={pressed} onClick={onClick} className={itemClass}>
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
}: {
  label: string
  value: T | null
  options: readonly ToggleOption<T>[]
  anyLabel?: string
  onChange: (value: T | null) => void
}) {
  return (
    <Group label={label}>
      {anyLabel !== undefined && (
        <Toggle pressed={value === null} onClick={() => onChange(null)}>
          {anyLabel}
        </Toggle>
      )}
      {options.map((option) => (
        // Pressing the chosen option again goes back to "any", where there is one.
        <Toggle key={option.value} pressed={value === option.value} onClick={() => onChange(value === option.value && anyLabel !== undefined ? null : option.value)}>
          {option.label}
        </Toggle>
      ))}
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
}: {
  label: string
  value: readonly T[]
  options: readonly ToggleOption<T>[]
  anyLabel?: string
  onChange: (value: T[]) => void
}) {
  const all = value.length === 0 || options.every((o) => value.includes(o.value))
  const toggle = (from: readonly T[], v: T) => {
    const next = from.includes(v) ? from.filter((x) => x !== v) : [...from, v]
    // Keep the options' order whatever order they were pressed in.
    onChange(options.map((o) => o.value).filter((o) => next.includes(o)))
  }
  return (
    <Group label={label}>
      {anyLabel !== undefined && (
        <Toggle pressed={all} onClick={() => onChange([])}>
          {anyLabel}
        </Toggle>
      )}
      {options.map((option) => (
        <Toggle key={option.value} pressed={!all && value.includes(option.value)} onClick={() => toggle(all ? [] : value, option.value)}>
          {option.label}
        </Toggle>
      ))}
    </Group>
  )
}
