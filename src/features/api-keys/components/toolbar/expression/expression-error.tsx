import type { ExpressionReading } from '../../../model/expression-reading'

type Invalid = Extract<ExpressionReading, { kind: 'invalid' }>

/** The parser's message, and the expression with the place it points at underlined. */
export function ExpressionError({ id, text, error }: { id: string; text: string; error: Invalid }) {
  const at = Math.min(error.position, text.length)
  // The bad token runs to the next space; at the end of the text a marked blank stands for what is missing.
  const end = at < text.length ? at + Math.max(1, /^\S*/.exec(text.slice(at))?.[0].length ?? 1) : at
  return (
    <div className="min-w-0 space-y-1">
      <p aria-hidden data-testid="expression-error-place" className="overflow-x-auto font-mono text-xs whitespace-pre text-zinc-700 dark:text-zinc-300">
        <bdi>{text.slice(0, at)}</bdi>
        <mark className="rounded-sm bg-red-100 text-red-900 underline decoration-red-600 decoration-wavy underline-offset-2 dark:bg-red-950 dark:text-red-100 dark:decoration-red-400">
          {end > at ? text.slice(at, end) : '\u00a0'}
        </mark>
        <bdi>{text.slice(end)}</bdi>
      </p>
      <p id={id} className="text-xs break-words text-red-700 dark:text-red-300">
        {error.message}
      </p>
    </div>
  )
}
