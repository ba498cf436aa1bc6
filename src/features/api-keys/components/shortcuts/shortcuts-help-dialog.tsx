import { Dialog, DialogBody, DialogContent } from '../../../../components/ui/dialog'
import { setShortcutsEnabled, useShortcutsEnabled } from '../../../../hooks/shortcuts-preference'
import { SHORTCUTS } from './shortcut-list'

const kbd = 'rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 font-mono text-xs dark:border-zinc-600 dark:bg-zinc-800'

/** Every shortcut, and the switch that turns the single-key ones off (WCAG 2.1.4). */
export function ShortcutsHelpDialog({ onClose }: { onClose: () => void }) {
  const enabled = useShortcutsEnabled()
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        title="Keyboard shortcuts"
        description="While you type in a field, or while a dialog is open, only Ctrl+K works."
        // The dialog itself takes the focus, not its first control: that is the switch that turns the shortcuts off,
        // and an Enter meant to dismiss the help turned them off, ? included, the one way back to this dialog.
        onOpenAutoFocus={(event) => {
          event.preventDefault()
          if (event.currentTarget instanceof HTMLElement) event.currentTarget.focus()
        }}
      >
        <DialogBody className="space-y-4">
          <div className="flex items-center justify-between gap-3 rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
            {/* The switch is named by the label alone: what "off" means is its description, not part of its name. */}
            <span className="text-sm font-medium">
              <span id="single-key-shortcuts-label">Single-key shortcuts</span>
              <span id="single-key-shortcuts-off" className="block text-xs font-normal text-zinc-600 dark:text-zinc-400">
                When off, letters and symbols do nothing; Ctrl+K and Enter still work.
              </span>
            </span>
            <button
              type="button"
              role="switch"
              aria-checked={enabled}
              aria-labelledby="single-key-shortcuts-label"
              aria-describedby="single-key-shortcuts-off"
              onClick={() => setShortcutsEnabled(!enabled)}
              className="relative inline-flex h-6 w-11 shrink-0 items-center rounded-full bg-zinc-400 transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 aria-checked:bg-indigo-600 dark:bg-zinc-600 dark:aria-checked:bg-indigo-400"
            >
              <span aria-hidden className={`inline-block size-5 rounded-full bg-white shadow transition-transform ${enabled ? 'translate-x-5.5' : 'translate-x-0.5'}`} />
            </button>
          </div>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Shortcuts</caption>
            <thead className="sr-only">
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {SHORTCUTS.map((shortcut) => (
                <tr key={shortcut.action} className={shortcut.single && !enabled ? 'text-zinc-500 dark:text-zinc-400' : undefined}>
                  <td className="py-1.5 pr-3 whitespace-nowrap">
                    {shortcut.keys.map((key, index) => (
                      <span key={key}>
                        {index > 0 && <span aria-hidden> + </span>}
                        <kbd className={kbd}>{key}</kbd>
                      </span>
                    ))}
                  </td>
                  <td className="py-1.5">
                    {shortcut.action}
                    {shortcut.single && !enabled && <span className="sr-only"> (off)</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </DialogBody>
      </DialogContent>
    </Dialog>
  )
}
