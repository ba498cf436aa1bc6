import type { PaletteItem, PaletteSection } from './palette-items'

interface PaletteResultsProps<C> {
  listboxId: string
  sections: readonly PaletteSection<C>[]
  activeId: string | null
  optionId: (index: number) => string
  onPoint: (item: PaletteItem<C>) => void
  onChoose: (item: PaletteItem<C>) => void
}

/** The listbox: one group per section, each option labelled by what it says; focus stays in the input. */
export function PaletteResults<C>({ listboxId, sections, activeId, optionId, onPoint, onChoose }: PaletteResultsProps<C>) {
  // Each section's first option's place in the whole list, for the options' ids.
  const starts = sections.map((_, i) => sections.slice(0, i).reduce((n, section) => n + section.items.length, 0))
  return (
    <div id={listboxId} role="listbox" aria-label="Results" className="space-y-2">
      {sections.map((section, sectionIndex) => (
        <div key={section.group} role="group" aria-label={section.group}>
          <div aria-hidden className="px-2 pb-1 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
            {section.group}
          </div>
          {section.items.map((item, itemIndex) => {
            const id = optionId((starts[sectionIndex] ?? 0) + itemIndex)
            const active = item.id === activeId
            return (
              <div
                key={item.id}
                id={id}
                role="option"
                aria-selected={active}
                tabIndex={-1}
                // Keeps focus in the input: the listbox is driven from there.
                onMouseDown={(event) => event.preventDefault()}
                onPointerMove={() => !active && onPoint(item)}
                onClick={() => onChoose(item)}
                onKeyDown={(event) => event.key === 'Enter' && onChoose(item)}
                className="cursor-pointer rounded-md px-2 py-1.5 text-sm text-zinc-800 aria-selected:bg-indigo-50 aria-selected:text-indigo-950 dark:text-zinc-200 dark:aria-selected:bg-indigo-950 dark:aria-selected:text-indigo-50"
              >
                {/* Two lines before it is cut: a view’s name ("Rotation due (created over 90 days ago, active)") was cut on a phone. */}
                <bdi className="line-clamp-2 font-medium break-words">{item.label}</bdi>
                {item.detail && <span className="block truncate text-xs text-zinc-600 dark:text-zinc-400">{item.detail}</span>}
              </div>
            )
          })}
        </div>
      ))}
    </div>
  )
}
