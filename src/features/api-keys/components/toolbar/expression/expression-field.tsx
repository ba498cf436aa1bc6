import { Icon } from '../../../../../components/ui/icon'
import { use, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { Attempt } from '../../../../../components/ui/lazy-boundary'
import { loadExpressionParser } from '../../../model/expression-reading'
import { ExpressionError } from './expression-error'
import { ExpressionHelp } from './expression-help'
import { useExpressionEditor } from '../../../hooks/use-expression-editor'
import { useDebouncedValue } from '../../../../../hooks/use-debounced-value'

export interface ExpressionFieldProps {
  /** The expression in the URL: the one applied when valid. */
  value: string
  onApply: (expression: string) => void
  /** Take focus when shown (opened by a person, not by a link). */
  focus?: boolean
  /** The text it had when it last closed, over the same `value`; and, as it closes, its text and the expression it leaves. */
  draft?: string
  onLeave?: (text: string, applied: string) => void
}

/** How long typing pauses before the field says its expression is wrong: a little past the 400 ms after which a valid one is applied. */
const ERROR_AFTER_MS = 600

/** The Advanced filter: an expression in Coval's dialect, checked as typed, with completion (ARIA combobox). */
export function ExpressionField({ value, onApply, focus = false, draft, onLeave }: ExpressionFieldProps) {
  // Suspends until the parser is here; a failure goes to the LazyBoundary, whose Retry loads it again.
  // Always use(), even once loaded (it returns at once then): a render that suspended and is replayed
  // must call the same hooks, or React logs a conditional use() (it did on opening Advanced).
  const attempt = use(Attempt)
  use(loadExpressionParser(attempt))
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const editor = useExpressionEditor(value, onApply, draft, onLeave)
  const { text, reading, options, active } = editor
  // An error is said once typing pauses (or on Enter); a valid expression clears it at once. Said at
  // every keystroke, it came and went between the letters of a word ("key_type = USE", then "R"),
  // moving the table 40-65 px up and down as one typed.
  const paused = useDebouncedValue(text, ERROR_AFTER_MS)
  const [entered, setEntered] = useState<string | null>(null)
  // Said when Enter asks to apply an expression that is not valid: its error was tied to the field only
  // as its description, which a screen reader reads on focus, not as it appears.
  const [refusal, setRefusal] = useState('')
  const listId = `${id}-list`
  const errorId = `${id}-error`
  const optionId = (index: number) => `${id}-option-${index}`
  useEffect(() => {
    if (focus) input.current?.focus()
  }, [focus])

  // After a suggestion is taken, the caret goes after what it inserted, as soon as React has put the
  // new text in: in the same commit, before the next key is read. (It was set at the next frame, which
  // on a busy machine came after the next keys were typed and moved the caret back over them.)
  const caretAfter = useRef<{ text: string; caret: number } | null>(null)
  useLayoutEffect(() => {
    const pending = caretAfter.current
    const field = input.current
    if (!pending || !field) return
    caretAfter.current = null
    if (field.value === pending.text) field.setSelectionRange(pending.caret, pending.caret)
  })

  const accept = (index: number) => {
    const option = options[index]
    if (option) caretAfter.current = editor.accept(option)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      editor.move(event.key === 'ArrowDown' ? 1 : -1)
    } else if ((event.key === 'Enter' || event.key === 'Tab') && active >= 0) {
      event.preventDefault()
      accept(active)
    } else if (event.key === 'Tab' && !event.shiftKey && options.length === 1) {
      // One suggestion shown, none chosen: Tab completes it, as an editor's does. It left the field
      // for Clear, where the Space of a " AND" typed next wiped the expression.
      event.preventDefault()
      accept(0)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      editor.closeList()
      editor.applyNow()
      setEntered(text)
      setRefusal(reading.kind === 'invalid' ? `Not applied: ${reading.message}` : '')
    } else if (event.key === 'Escape' && options.length > 0) {
      // Escape closes the completion first; nothing else hears it.
      event.preventDefault()
      event.stopPropagation()
      editor.closeList()
    }
  }

  const invalid = reading.kind === 'invalid' && (paused === text || entered === text)
  return (
    <div className="space-y-1.5">
      <div className="flex items-center gap-1.5">
        <label htmlFor={`${id}-input`} className="text-sm font-medium whitespace-nowrap">
          Filter expression
        </label>
        <ExpressionHelp
          onExample={(example) => {
            editor.edit(example, example.length, false)
            onApply(example)
            input.current?.focus()
          }}
        />
        {invalid && <span className="text-xs font-medium text-red-700 dark:text-red-300">Not applied</span>}
        <span role="status" className="sr-only">
          {refusal}
        </span>
      </div>
      <div className="relative">
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-controls={listId}
          aria-expanded={options.length > 0}
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          placeholder='key_type=SERVICE AND last_used_at<"2026-09-01T00:00:00Z"'
          value={text}
          onChange={(event) => {
            setRefusal('')
            editor.edit(event.target.value, event.target.selectionStart ?? event.target.value.length)
          }}
          onSelect={(event) => editor.moveCaret(event.currentTarget.selectionStart ?? 0)}
          onFocus={editor.openList}
          onBlur={editor.closeList}
          onKeyDown={onKeyDown}
          className="h-8 w-full rounded-md border border-zinc-300 bg-white pr-8 pl-2 font-mono text-sm placeholder:text-zinc-400 aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-900 dark:placeholder:text-zinc-500 dark:aria-invalid:border-red-400"
        />
        {text && (
          <button
            type="button"
            aria-label="Clear filter expression"
            onClick={() => {
              editor.clear()
              input.current?.focus()
            }}
            className="absolute top-1/2 right-1 inline-flex size-6 -translate-y-1/2 items-center justify-center rounded text-zinc-500 hover:bg-zinc-100 dark:hover:bg-zinc-800"
          >
            <Icon name="x" className="size-3.5" />
          </button>
        )}
        <div
          id={listId}
          role="listbox"
          aria-label="Suggestions"
          hidden={options.length === 0}
          className="absolute top-full right-0 left-0 z-30 mt-1 max-h-60 overflow-y-auto rounded-md border border-zinc-200 bg-white py-1 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
        >
          {options.map((option, index) => (
            <div
              key={option.label}
              id={optionId(index)}
              role="option"
              // Named outright: from its parts it was heard as "id , text field".
              aria-label={`${option.label}, ${option.detail}`}
              aria-selected={index === active}
              tabIndex={-1}
              // Keeps focus in the field, as the keyboard's Enter does.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => accept(index)}
              onKeyDown={(event) => event.key === 'Enter' && accept(index)}
              className="flex cursor-pointer flex-wrap items-baseline justify-between gap-x-3 px-2 py-1 aria-selected:bg-indigo-50 dark:aria-selected:bg-indigo-950"
            >
              <span className="font-mono">{option.label}</span>
              <span className="sr-only">, </span>
              <span className="text-xs text-zinc-600 dark:text-zinc-400">{option.detail}</span>
            </div>
          ))}
        </div>
      </div>
      {invalid && reading.kind === 'invalid' && <ExpressionError id={errorId} text={text} error={reading} />}
      {invalid && value !== '' && value !== text && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          The list still uses the last valid expression: <bdi className="font-mono">{value}</bdi>
        </p>
      )}
    </div>
  )
}
