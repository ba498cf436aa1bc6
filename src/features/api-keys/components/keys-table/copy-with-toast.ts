import { toast } from '../../../../components/ui/toast-store'

/**
 * Copies a value and says so in the toasts' live region; when the clipboard is refused or
 * missing (an insecure origin), says how to copy it by hand instead of pretending.
 */
export async function copyWithToast(value: string, titles: { copied: string; failed: string }): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value)
    toast.success(titles.copied, { description: value })
    return true
  } catch {
    toast.error(titles.failed, { description: `Select it and copy it instead: ${value}` })
    return false
  }
}
