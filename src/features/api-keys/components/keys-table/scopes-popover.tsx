import { useId, useRef, useState } from 'react'
import { Popover, PopoverContent, PopoverTrigger } from '../../../../components/ui/popover'
import { filterScopes, scopeCount } from '../../model/scope-filter'
import { ScopesButton } from './permissions-cell'

/**
 * Every scope of a key in a popover that fits the screen: a filter box (focused on open) over a
 * list that scrolls inside, so hundreds of scopes never make a bubble taller than the page.
 */
export function ScopesPopover({ scopes, keyName, summary }: { scopes: readonly string[]; keyName: string; summary: string }) {
  const [query, setQuery] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const shown = filterScopes(scopes, query)
  return (
    <Popover defaultOpen>
      <PopoverTrigger asChild>
        <ScopesButton summary={summary} keyName={keyName} />
      </PopoverTrigger>
      <PopoverContent
        aria-label={`Scopes of ${keyName}`}
        className="flex max-h-[min(28rem,var(--radix-popover-content-available-height))] flex-col gap-2 overflow-hidden"
        onOpenAutoFocus={(event) => {
          event.preventDefault()
          input.current?.focus()
        }}
      >
        <label htmlFor={inputId} className="font-medium">
          Filter scopes
        </label>
        <input
          ref={input}
          id={inputId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-950"
        />
        <p role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
          {scopeCount(shown.length, scopes.length)}
        </p>
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
