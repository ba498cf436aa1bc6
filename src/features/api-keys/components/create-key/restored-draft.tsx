import { Button } from '../../../../components/ui/button'
import { Icon } from '../../../../components/ui/icon'

/** Above a create form opened on what was entered before it closed: says so, and offers a clean form. */
export function RestoredDraft({ onStartOver }: { onStartOver: () => void }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-zinc-200 bg-zinc-50 p-3 text-sm dark:border-zinc-800 dark:bg-zinc-950">
      <p className="flex min-w-0 flex-1 basis-48 gap-2">
        <Icon name="info" className="mt-0.5 size-4 shrink-0 text-zinc-500 dark:text-zinc-400" />
        <span>What you entered before closing this form is back.</span>
      </p>
      <Button size="sm" onClick={onStartOver}>
        Start over
      </Button>
    </div>
  )
}
