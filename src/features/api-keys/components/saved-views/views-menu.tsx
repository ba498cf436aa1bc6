import { useState } from 'react'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../../../components/ui/dropdown-menu'
import { DeferredTrigger } from '../../../../components/ui/deferred-menu'
import { useSavedViews } from '../../hooks/use-saved-views'
import type { ListView } from '../../model/list-view'
import { PRESET_VIEWS } from '../../model/preset-views'
import { currentSavedView, savedViewHref, savedViewQuery } from '../../model/saved-views'
import { ManageViewsDialog } from './manage-views-dialog'
import { applyView } from './saved-view-actions'
import { SaveViewDialog } from './save-view-dialog'

// A long name wraps inside the menu rather than widening it past a phone's screen.
const wrapping = 'max-w-[min(22rem,calc(100vw-2rem))] [overflow-wrap:anywhere]'
const NOTHING_TO_SAVE = 'Filter or sort the list first'

export function ViewsMenu({ view, notApplied = null, defaultOpen }: { view: ListView; notApplied?: string | null; defaultOpen?: boolean }) {
  const saved = useSavedViews()
  const [dialog, setDialog] = useState<'save' | 'manage' | null>(null)
  const query = savedViewQuery(view)
  const href = savedViewHref(query)
  const preset = PRESET_VIEWS.find((p) => p.href === href)
  const current = currentSavedView(saved, view)
  return (
    <>
      <DropdownMenu defaultOpen={defaultOpen}>
        <DropdownMenuTrigger asChild>
          <DeferredTrigger />
        </DropdownMenuTrigger>
        <DropdownMenuContent label="Views" align="start">
          <DropdownMenuLabel>Preset views</DropdownMenuLabel>
          <DropdownMenuRadioGroup aria-label="Preset views" value={preset?.id ?? ''}>
            {PRESET_VIEWS.map((p) => (
              <DropdownMenuRadioItem key={p.id} value={p.id} className={wrapping} onSelect={() => applyView(p.href)}>
                {p.label}
              </DropdownMenuRadioItem>
            ))}
          </DropdownMenuRadioGroup>
          <DropdownMenuSeparator />
          <DropdownMenuLabel>Saved views</DropdownMenuLabel>
          {saved.length === 0 ? (
            <div className="px-2 pb-1.5 text-xs text-zinc-600 dark:text-zinc-400">None yet: save the view you are looking at.</div>
          ) : (
            <DropdownMenuRadioGroup aria-label="Saved views" value={current?.id ?? ''} className="max-h-[min(15rem,40dvh)] overflow-y-auto">
              {saved.map((v) => (
                <DropdownMenuRadioItem key={v.id} value={v.id} className={wrapping} onSelect={() => applyView(savedViewHref(v.query))}>
                  <bdi>{v.name}</bdi>
                </DropdownMenuRadioItem>
              ))}
            </DropdownMenuRadioGroup>
          )}
          <DropdownMenuSeparator />
          <DropdownMenuItem disabled={query === ''} className="flex-col items-start gap-0" onSelect={() => setDialog('save')}>
            Save current view…
            {query === '' && <span className="text-xs text-zinc-600 dark:text-zinc-400">{NOTHING_TO_SAVE}</span>}
          </DropdownMenuItem>
          {saved.length > 0 && <DropdownMenuItem onSelect={() => setDialog('manage')}>Manage saved views…</DropdownMenuItem>}
        </DropdownMenuContent>
      </DropdownMenu>
      {dialog === 'save' && <SaveViewDialog view={view} notApplied={notApplied} onClose={() => setDialog(null)} />}
      {dialog === 'manage' && <ManageViewsDialog onClose={() => setDialog(null)} />}
    </>
  )
}
