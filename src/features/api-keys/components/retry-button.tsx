import { cn } from '../../../components/ui/cn'

/**
 * A failed read's Retry. While its read runs it says "Retrying…" and keeps the focus but does
 * nothing (aria-disabled, not disabled, so a keyboard user is not dropped to the page's body).
 * `className` gives its colours, the alert's own.
 */
export function RetryButton({ retrying, onRetry, label, className }: { retrying: boolean; onRetry: () => void; label: string; className: string }) {
  return (
    <button
      type="button"
      aria-disabled={retrying || undefined}
      onClick={retrying ? undefined : onRetry}
      className={cn('rounded-md px-3 py-1.5 text-sm font-medium aria-disabled:cursor-progress', className)}
    >
      {retrying ? 'Retrying…' : label}
    </button>
  )
}
