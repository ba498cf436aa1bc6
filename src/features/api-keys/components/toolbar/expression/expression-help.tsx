import { Icon } from '../../../../../components/ui/icon'
import { useRef, useState } from 'react'
import { filterableFields, findField } from '../../../../../api/filter/fields'
import { Button } from '../../../../../components/ui/button'
import { Popover, PopoverContent, PopoverTrigger } from '../../../../../components/ui/popover'

export const EXPRESSION_EXAMPLES = [
  'key_type=SERVICE AND last_used_at<"2026-09-01T00:00:00Z"',
  'environment=PRODUCTION AND status!=REVOKED',
  'name="CI deploys" OR name="Nightly export"',
  'create_time>="2026-01-01T00:00:00Z" AND key_type=USER',
] as const

function fieldHint(name: string): string {
  const field = findField(name, 'coval')
  if (field?.kind === 'enum') return field.values.join(', ')
  if (field?.kind === 'timestamp') return 'RFC 3339 time, e.g. "2026-01-01T00:00:00Z"'
  return 'text, matched exactly'
}

/** The dialect on one card: fields, operators and examples that fill the field when picked. */
export function ExpressionHelp({ onExample }: { onExample: (example: string) => void }) {
  const [open, setOpen] = useState(false)
  // A picked example sends focus to the field it filled, not back to this button.
  const picked = useRef(false)
  const card = useRef<HTMLDivElement>(null)
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button size="icon" variant="ghost" aria-label="Filter syntax help">
          <Icon name="circle-question-mark" className="size-4" />
        </Button>
      </PopoverTrigger>
      <PopoverContent
        ref={card}
        aria-label="Filter syntax"
        className="space-y-3"
        // The card itself takes focus, read from its top: its first button, an example, sits below a phone's screen.
        onOpenAutoFocus={(event) => {
          event.preventDefault()
          card.current?.focus({ preventScroll: true })
        }}
        onCloseAutoFocus={(event) => {
          if (picked.current) event.preventDefault()
          picked.current = false
        }}
      >
        <p>
          Comparisons <code className="font-mono">field operator value</code> joined by <code className="font-mono">AND</code> or <code className="font-mono">OR</code> (AND binds
          tighter). Quote values with spaces. No parentheses or NOT.
        </p>
        <div>
          <p className="font-medium">Operators</p>
          <p className="font-mono">= != &lt; &lt;= &gt; &gt;=</p>
          <p className="text-zinc-600 dark:text-zinc-400">Type, status and environment take = and != only.</p>
        </div>
        <div>
          <p className="font-medium">Fields</p>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5">
            {filterableFields('coval').map((name) => (
              <div key={name} className="contents">
                <dt className="font-mono">{name}</dt>
                <dd className="break-words text-zinc-600 dark:text-zinc-400">{fieldHint(name)}</dd>
              </div>
            ))}
          </dl>
        </div>
        <div>
          <p className="font-medium">Examples</p>
          <ul className="space-y-1">
            {EXPRESSION_EXAMPLES.map((example) => (
              <li key={example}>
                <button
                  type="button"
                  aria-label={`Use example: ${example}`}
                  className="w-full rounded px-1.5 py-1 text-left font-mono text-xs break-all text-indigo-700 hover:bg-zinc-100 dark:text-indigo-300 dark:hover:bg-zinc-800"
                  onClick={() => {
                    picked.current = true
                    setOpen(false)
                    onExample(example)
                  }}
                >
                  {example}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </PopoverContent>
    </Popover>
  )
}
