import { Icon } from '../../../../components/ui/icon'

/** Rendered inside the dialog's description, so it is read out with the dialog (spans: the description is a <p>). */
export function InUseWarning({ text }: { text: string }) {
  return (
    <span className="mt-3 flex gap-2 rounded-md border border-amber-300 bg-amber-50 p-2.5 text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100">
      <Icon name="triangle-alert" className="mt-0.5 size-4 shrink-0" />
      <span>
        <strong className="font-semibold">In use:</strong> {text}
      </span>
    </span>
  )
}
