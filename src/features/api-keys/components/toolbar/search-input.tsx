import { Icon } from '../../../../components/ui/icon'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { isShown } from '../../../../lib/is-shown'
import { onTouchScreen } from '../../../../lib/touch-screen'
import { useToasts } from '../../../../components/ui/toast-store'
import { withoutWholeSecret } from '../../model/masked-key'

const DEBOUNCE_MS = 250

/**
 * After Reset filters (whose button goes with the filters), focus goes to the keys' search box, not
 * <body>. On a touch screen the box would raise the keyboard over the list just reset: the toolbar's
 * first button shown (Filters on a phone, Views on a tablet) takes it instead.
 */
export function focusAfterReset(): void {
  const toolbar = document.querySelector('[role="search"][aria-label="Filter keys"]')
  // Not Clear search, which goes with the search the reset clears.
  const target = onTouchScreen() ? [...(toolbar?.querySelectorAll('button:not([aria-label="Clear search"])') ?? [])].find(isShown) : toolbar?.querySelector('input[type="search"]')
  if (target instanceof HTMLElement) target.focus()
}

/**
 * Search by name, or by the end of the key (`o5p6`, a pasted secret). The first keystroke after a pause applies at once; the ones that follow are
 * gathered and applied when typing pauses, so the list answers fast without a request a key.
 * `onIntent`: the box has the focus or the pointer, so a search may be typed next (its rows can be fetched ahead).
 */
export function SearchInput({ value, onChange, onIntent }: { value: string; onChange: (value: string) => void; onIntent?: () => void }) {
  const toasts = useToasts()
  const [text, setText] = useState(() => withoutWholeSecret(value))
  const [seen, setSeen] = useState(value)
  const timer = useRef<number | undefined>(undefined)
  const input = useRef<HTMLInputElement>(null)
  const lastApplied = useRef(0)
  // The latest props, so a search applied after a pause uses the view as it is then.
  const latest = useRef({ onChange, value })
  useLayoutEffect(() => {
    latest.current = { onChange, value }
  })
  useEffect(() => () => window.clearTimeout(timer.current), [])
  // A link that carries a whole secret in its search: the address keeps only its last four characters.
  useEffect(() => {
    const kept = withoutWholeSecret(value)
    if (kept !== value) latest.current.onChange(kept)
  }, [value])

  // The URL is the source of truth: Back/Forward or Reset change it under us. Not a secret's last
  // four characters applied while the box still shows what is being typed (below).
  if (value !== seen) {
    setSeen(value)
    if (value !== withoutWholeSecret(text)) setText(withoutWholeSecret(value))
  }

  /** The box keeps only a whole secret's last four characters (once pasted, or left), and says why. */
  const keepSecretEnd = (typed: string) => {
    const kept = withoutWholeSecret(typed)
    if (kept !== typed) toasts.info('Searching by the key’s last four characters', { description: 'The secret is not kept in the address or history. If it was exposed, rotate that key.' })
    return kept
  }

  const schedule = (typed: string, inputType?: string) => {
    // Pasted (or dropped, or filled in), a secret comes whole, and the box keeps its end at once. Typed
    // a character at a time, the box keeps the text until it is left (cut part way, what was typed next
    // went after `…o5p6`), and the list gets its end once 20 characters follow `coval_sk_`: the address
    // (replaced as the search is typed, not added to the history) ends with the last four alone.
    const whole = typed.length - text.length > 1 || inputType === 'insertFromPaste' || inputType === 'insertFromDrop'
    setText(whole ? keepSecretEnd(typed) : typed)
    const next = withoutWholeSecret(typed)
    window.clearTimeout(timer.current)
    const now = performance.now()
    if (now - lastApplied.current > DEBOUNCE_MS) {
      lastApplied.current = now
      latest.current.onChange(next)
      return
    }
    const from = latest.current.value
    timer.current = window.setTimeout(() => {
      // The URL moved meanwhile (Reset filters, Back): this search would undo that, so drop it.
      if (latest.current.value !== from) return
      lastApplied.current = performance.now()
      latest.current.onChange(next)
    }, DEBOUNCE_MS)
  }

  return (
    <div className="relative w-full sm:w-72">
      <Icon name="search" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-zinc-400" />
      <input
        ref={input}
        type="search"
        aria-label="Search keys by name, or by the last four characters of the key"
        placeholder="Search name or key’s last 4…"
        value={text}
        maxLength={200}
        // A paste longer than the box takes is cut by the browser without a word: said, with why that loses nothing.
        onPaste={(event) => {
          const { value: now, selectionStart, selectionEnd } = event.currentTarget
          if (event.clipboardData.getData('text').length > 200 - now.length + (selectionEnd ?? 0) - (selectionStart ?? 0)) toasts.info('Search cut to 200 characters', { description: 'No key’s name is longer.' })
        }}
        onChange={(event) => schedule(event.target.value, (event.nativeEvent as InputEvent).inputType)}
        onFocus={onIntent}
        onBlur={() => setText(keepSecretEnd(text))}
        onPointerEnter={onIntent}
        className="h-8 w-full rounded-md border border-zinc-300 bg-white pr-8 pl-8 text-sm placeholder:text-zinc-400 dark:border-zinc-700 dark:bg-zinc-900 [&::-webkit-search-cancel-button]:hidden"
      />
      {text && (
        <button
          type="button"
          aria-label="Clear search"
          onClick={() => {
            window.clearTimeout(timer.current)
            setText('')
            latest.current.onChange('')
            // The button goes with the text: focus goes back to the box, to type again.
            input.current?.focus()
          }}
          className="absolute top-1/2 right-1 inline-flex size-6 -translate-y-1/2 items-center justify-center rounded text-zinc-500 hover:bg-zinc-100 dark:hover:bg-zinc-800"
        >
          <Icon name="x" className="size-3.5" />
        </button>
      )}
    </div>
  )
}
