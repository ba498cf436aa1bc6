import { Icon } from '../../../../components/ui/icon'
import { useEffect, useState } from 'react'
import { Button } from '../../../../components/ui/button'
import { LazyBoundary, lazyWithRetry } from '../../../../components/ui/lazy-boundary'
import { loadExpressionParser, readExpression } from '../../model/expression-reading'

// The field, its completion and the parser stay off the first screen: loaded when Advanced opens.
// The field waits for the parser itself, so a Retry after either failed loads what is missing.
const ExpressionField = lazyWithRetry(() => import('./expression/expression-field'), (m) => m.ExpressionField)
const preload = () => {
  ExpressionField.preload()
  void loadExpressionParser().catch(() => undefined)
}

/**
 * Whether the Advanced row is open: at first when the URL has an expression, and when a view comes
 * with one that does not parse (a saved view, the palette, Back), so the field says it is not
 * applied. The field takes focus when someone opens it, not when the URL did.
 */
export function useAdvancedOpen(expression: string) {
  const [byUrl, setByUrl] = useState(expression !== '')
  const [open, setOpen] = useState(byUrl)
  // The last expression looked at once its parser was here.
  const [checked, setChecked] = useState(expression)
  const reading = readExpression(expression)
  if (expression !== checked && reading.kind !== 'loading') {
    setChecked(expression)
    if (reading.kind === 'invalid' && !open) {
      setOpen(true)
      setByUrl(true)
    }
  }
  useEffect(() => {
    if (open) preload()
  }, [open])
  const toggle = (next: boolean) => {
    setOpen(next)
    setByUrl(false)
  }
  return [open, toggle, byUrl] as const
}

/** The toolbar's "Advanced" toggle; its badge says an expression filters the list (an invalid one does not: the field says so). */
export function AdvancedToggle({ open, expression, onToggle }: { open: boolean; expression: string; onToggle: () => void }) {
  const applied = readExpression(expression).kind === 'valid'
  return (
    <Button size="sm" variant={open ? 'secondary' : 'ghost'} aria-expanded={open} onClick={onToggle}>
      <Icon name="chevron-right" className={open ? 'size-3.5 rotate-90' : 'size-3.5'} />
      Advanced
      {applied && (
        <span className="rounded-full bg-indigo-600 px-1.5 text-xs text-white dark:bg-indigo-400 dark:text-zinc-950">
          1<span className="sr-only"> expression applied</span>
        </span>
      )}
    </Button>
  )
}

/** What was left typed in the field when Advanced closed, over the expression it left applied. */
export interface ExpressionDraft {
  readonly text: string
  readonly over: string
}

/**
 * The Advanced row: the filter-expression field, loaded on demand. Closed and opened again, it
 * shows what was typed, as long as the applied expression is still the one it was typed over.
 */
export function AdvancedFilter({ expression, onApply, focus, draft, onDraft }: { expression: string; onApply: (expression: string) => void; focus: boolean; draft: ExpressionDraft | null; onDraft: (draft: ExpressionDraft | null) => void }) {
  return (
    <LazyBoundary what="the filter expression field">
      <ExpressionField
        value={expression}
        onApply={onApply}
        focus={focus}
        draft={draft?.over === expression ? draft.text : undefined}
        onLeave={(text, over) => onDraft(text.trim() === over ? null : { text, over })}
      />
    </LazyBoundary>
  )
}
