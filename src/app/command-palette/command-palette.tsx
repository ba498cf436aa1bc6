import { Icon } from '../../components/ui/icon'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { Dialog, DialogBody, DialogContent } from '../../components/ui/dialog'
import { RequestIdText } from '../../components/ui/request-id-text'
import { useScrolls } from '../../hooks/use-scrolls'
import { useKeyDialogs } from '../../features/api-keys/components/key-dialogs/key-dialogs-context'
import { describeApiError } from '../../api/api-error'
import type { AppModeControls } from '../use-app-mode'
import { keyActionHint, movedIndex, type PaletteItem } from './palette-items'
import { PaletteResults } from './palette-results'
import { leavesThePage, runPaletteCommand } from './run-palette-command'
import { usePaletteItems, type PaletteCommand, type PaletteHost } from './use-palette-items'
import { formatCount } from '../../lib/intl'

/** What the header knows: the mode and its switches, and the page. */
export interface PaletteHostProps {
  modes: AppModeControls
  path: string
  onConnect: () => void
}

export interface CommandPaletteProps extends PaletteHostProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** What had focus when the palette was called (a field, for Ctrl+K): it gets focus back. */
  origin: HTMLElement | null
  /** What was typed while the palette's code loaded: its box starts with it. */
  takeTyped?: () => string
}

/** Go to a key, apply a preset view or run an action, from one combobox. */
export function CommandPalette({ open, onOpenChange, modes, path, onConnect, origin, takeTyped }: CommandPaletteProps) {
  const host: PaletteHost = {
    path,
    mode: modes.mode.kind,
    demoAvailable: modes.demoAvailable,
    onConnect,
    onDisconnect: modes.disconnect,
    onUseDemo: modes.switchToDemo,
    onResetDemo: modes.resetDemo,
  }
  const { openCreate } = useKeyDialogs()
  const [text, setText] = useState('')
  const [bodyRef, bodyScrolls] = useScrolls<HTMLDivElement>()
  const [activeId, setActiveId] = useState<string | null>(null)
  const createOnKeysPage = useRef(false)
  // Run once the palette has closed and focus is back, so a dialog an action opens returns focus there.
  const chosen = useRef<PaletteCommand | null>(null)
  const baseId = useId()
  const listboxId = `${baseId}-results`
  const optionId = (index: number) => `${baseId}-option-${index}`
  const { sections, found, canReadKeys } = usePaletteItems(text, host)
  const items = sections.flatMap((section) => section.items)
  const activeIndex = Math.max(0, items.findIndex((item) => item.id === activeId))
  const active = items[activeIndex]

  useEffect(() => {
    if (active) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' })
  })

  // Create key from another page: leaving a page drops its dialog, so open it once the keys page is shown.
  useEffect(() => {
    if (!createOnKeysPage.current || host.path !== '/') return
    createOnKeysPage.current = false
    openCreate(origin)
  }, [host.path, origin, openCreate])

  const choose = (item: PaletteItem<PaletteCommand>) => {
    chosen.current = item.command
    onOpenChange(false)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const next = items[movedIndex(activeIndex, event.key === 'ArrowDown' ? 1 : -1, items.length)]
      if (next) setActiveId(next.id)
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault()
      // While keys are still being found the first option may be about to change: only a chosen one runs.
      if (active && (activeId !== null || !found.searching)) choose(active)
    }
  }

  const status = !canReadKeys || text.trim() === '' ? 'Type a key’s name, id or last four characters.'
    : found.searching ? 'Searching keys…'
    : found.error ? `Could not search the keys: ${describeApiError(found.error)}`
    : `${keysFound(found.keys.length, found.total)}${othersFound(items.filter((item) => item.group !== 'Keys').length)}${items.length === 0 ? hintAfter(keyActionHint(text)) : ''}`

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title="Command palette"
        placement="top"
        outsidePress="close"
        description="Go to a key, apply a view, or run an action."
        onOpenAutoFocus={() => {
          setText(takeTyped?.() ?? '')
          setActiveId(null)
          chosen.current = null
        }}
        onCloseAutoFocus={(event) => {
          event.preventDefault()
          const command = chosen.current
          chosen.current = null
          // Called with nothing focused (or that left the page), or going to another page: the main
          // region, so Tab goes on from the page's start and the page shown takes it for its heading.
          const leaving = command !== null && leavesThePage(command, host.path)
          // A view applied here changes the rows under a row's link or the pager that had the focus (the
          // 12th row's link then named another key, out of sight): the list's heading takes it instead.
          const heading = command?.kind === 'view' && !leaving ? document.getElementById('api-keys-heading') : null
          if (heading) heading.focus()
          else if (!leaving && origin?.isConnected && origin !== document.body) origin.focus({ preventScroll: true })
          else document.getElementById('main')?.focus({ preventScroll: true })
          if (command && runPaletteCommand(command, host, origin, openCreate) === 'create-after-navigation') createOnKeysPage.current = true
        }}
      >
        <div className="px-5 pt-3 sm:px-6">
          <div className="flex items-center gap-2 rounded-md border border-zinc-300 px-2.5 focus-within:ring-2 focus-within:ring-indigo-500 dark:border-zinc-700">
            <Icon name="search" className="size-4 shrink-0 text-zinc-500 dark:text-zinc-400" />
            <input
              role="combobox"
              aria-label="Search keys, views and actions"
              aria-expanded={items.length > 0}
              aria-controls={items.length > 0 ? listboxId : undefined}
              aria-activedescendant={active ? optionId(activeIndex) : undefined}
              aria-autocomplete="list"
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(event) => {
                setText(event.target.value)
                setActiveId(null)
              }}
              onKeyDown={onKeyDown}
              className="h-10 min-w-0 flex-1 bg-transparent text-sm outline-none placeholder:text-zinc-500 dark:placeholder:text-zinc-400"
              placeholder="Key, view or action"
            />
          </div>
          <p role="status" className="pt-2 text-xs text-zinc-600 dark:text-zinc-400">
            <RequestIdText text={status} />
          </p>
        </div>
        {/* Its options take no focus (the box points at them), so a list that scrolls is a stop of its own, to scroll from the keyboard. */}
        <DialogBody ref={bodyRef} tabIndex={bodyScrolls ? 0 : undefined} className="max-h-[55dvh] pt-2">
          {items.length > 0 ? (
            <PaletteResults listboxId={listboxId} sections={sections} activeId={active?.id ?? null} optionId={optionId} onPoint={(item) => setActiveId(item.id)} onChoose={choose} />
          ) : (
            <p className="px-2 text-sm text-zinc-600 dark:text-zinc-400">Nothing matches.</p>
          )}
        </DialogBody>
      </DialogContent>
    </Dialog>
  )
}

/** The status's first half: what the search of keys found. */
function keysFound(count: number, total: number): string {
  if (total > count) return `${formatCount(total)} keys found, the first ${formatCount(count)} shown.`
  return count === 0 ? 'No key matches.' : count === 1 ? '1 key found.' : `${formatCount(count)} keys found.`
}

/** A hint said after the count, if there is one. */
function hintAfter(hint: string | null): string {
  return hint === null ? '' : ` ${hint}`
}

/** Its second half: the views and actions the text also matches, so "No key matches" is not all that is said. */
function othersFound(count: number): string {
  return count === 0 ? '' : count === 1 ? ' 1 view or action.' : ` ${count} views or actions.`
}
