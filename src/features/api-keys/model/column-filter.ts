import { DEFAULT_VIEW, type ListView } from './list-view'

/** The ListView fields a toolbar group can drive: one value or none, or a set of values. */
type OneField = { [F in keyof ListView]: ListView[F] extends string | null ? (null extends ListView[F] ? F : never) : never }[keyof ListView]
type ManyField = { [F in keyof ListView]: ListView[F] extends string[] ? F : never }[keyof ListView]
type OneValue<F extends OneField> = NonNullable<ListView[F]>
type ManyValue<F extends ManyField> = ListView[F][number]

export interface FilterOption {
  value: string
  label: string
}

/** A column's filter, as its meta holds it: the toolbar draws a group of toggles from it. */
export interface ColumnFilter {
  /** The ListView field (and so the URL parameter) it drives. */
  field: OneField | ManyField
  /** The "any" option, e.g. "All statuses". */
  anyLabel: string
  /** Several values at once (a set) or one. */
  multiple: boolean
  /** Place among the toolbar's groups, which need not follow the columns' order. */
  order: number
  options: (view: ListView) => readonly FilterOption[]
  selected: (view: ListView) => readonly string[]
  change: (values: readonly string[]) => Partial<ListView>
}

function withField<F extends keyof ListView>(field: F, value: ListView[F]): Partial<ListView> {
  const change: Partial<ListView> = {}
  change[field] = value
  return change
}

const toOptions = <V extends string>(values: readonly V[], labels: Readonly<Record<V, string>>) => values.map((value) => ({ value, label: labels[value] }))

/**
 * One value or any. `values` are all a URL may hold; `shown` the toolbar's own options (default: all).
 * A value a link chose outside `shown` is offered too, so the group shows what is applied.
 */
export function oneOf<F extends OneField>(
  field: F,
  spec: { anyLabel: string; order: number; values: readonly OneValue<F>[]; labels: Readonly<Record<OneValue<F>, string>>; shown?: readonly OneValue<F>[] },
): ColumnFilter {
  const shown = spec.shown ?? spec.values
  return {
    field,
    anyLabel: spec.anyLabel,
    multiple: false,
    order: spec.order,
    options: (view) => {
      const current = spec.values.find((value) => value === view[field])
      return toOptions(current === undefined || shown.includes(current) ? shown : [...shown, current], spec.labels)
    },
    selected: (view) => spec.values.filter((value) => value === view[field]),
    change: ([raw]) => withField(field, spec.values.find((value) => value === raw) ?? DEFAULT_VIEW[field]),
  }
}

/** A set of values; empty means any. */
export function someOf<F extends ManyField>(field: F, spec: { anyLabel: string; order: number; values: readonly ManyValue<F>[]; labels: Readonly<Record<ManyValue<F>, string>> }): ColumnFilter {
  return {
    field,
    anyLabel: spec.anyLabel,
    multiple: true,
    order: spec.order,
    options: () => toOptions(spec.values, spec.labels),
    selected: (view) => view[field],
    change: (raw) => withField(field, raw.flatMap((r) => spec.values.filter((value) => value === r))),
  }
}
