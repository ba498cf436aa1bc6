import { useRef, useState } from 'react'
import { Popover, PopoverContent, PopoverTrigger } from '../../../../components/ui/popover'
import { filterScopes } from '../../model/scope-filter'
import { ScopeFilterField } from '../key-detail/scope-filter-field'
import { ScopesButton, isTouch } from './permissions-cell'

/**
 * Every scope of a key in a popover that fits the screen: a filter box over a list that scrolls
 * inside, so hundreds of scopes never make a bubble taller than the page. Opened by keyboard or
 * mouse, the filter box takes focus; opened by a finger, the popover itself does, so a phone's
 * keyboard does not cover the list before anyone asked to type.
 */
export function ScopesPopover({ scopes, keyName, summary, openedByTouch = false }: { scopes: readonly string[]; keyName: string; summary: string; openedByTouch?: boolean }) {
  const [query, setQuery] = useState('')
  const input = useRef<HTMLInputElement>(null)
  // How the popover was last opened: set by the trigger's click, read as the popover opens.
  const byTouch = useRef(openedByTouch)
  const shown = filterScopes(scopes, query)
  return (
    <Popover defaultOpen>
      <PopoverTrigger asChild>
        <ScopesButton summary={summary} keyName={keyName} onClickCapture={(event) => (byTouch.current = isTouch(event.nativeEvent))} />
      </PopoverTrigger>
      <PopoverContent
        aria-label={`Scopes of ${keyName}`}
        className="flex max-h-[min(28rem,var(--radix-popover-content-available-height))] flex-col gap-2 overflow-hidden outline-none"
        onOpenAutoFocus={(event) => {
          event.preventDefault()
          if (byTouch.current && event.currentTarget instanceof HTMLElement) event.currentTarget.focus()
          else input.current?.focus()
        }}
      >
        <ScopeFilterField ref={input} query={query} onQuery={setQuery} shown={shown.length} total={scopes.length} className="flex flex-col gap-2" fullWidth />
        {shown.length === 0 ? (
          <p className="text-zinc-600 dark:text-zinc-400">
            No scope holds “<bdi>{query.trim()}</bdi>”.
          </p>
        ) : (
          // Focusable so a keyboard can scroll it (axe: scrollable-region-focusable); the list scrolls, never the page.
          // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          <ul aria-label="Scopes" tabIndex={0} className="min-h-0 flex-1 space-y-0.5 overflow-y-auto rounded-md border border-zinc-200 p-2 font-mono text-xs break-all dark:border-zinc-800">
            {shown.map((scope, index) => (
              // A server may send a scope twice: the index keeps the keys apart.
              <li key={`${index}:${scope}`}>
                <bdi>{scope}</bdi>
              </li>
            ))}
          </ul>
        )}
      </PopoverContent>
    </Popover>
  )
}
