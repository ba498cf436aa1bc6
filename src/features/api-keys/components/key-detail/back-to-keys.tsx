import { Icon } from '../../../../components/ui/icon'
import { AppLink, isPlainClick } from '../../../../components/ui/app-link'
import { cameFrom, goBack } from '../../../../hooks/use-location-search'

/** Back to the list view this page was opened from (filters, sort and page kept), else to the list. */
export function BackToKeys() {
  const from = cameFrom()
  return (
    <AppLink
      href={from ?? '/'}
      onClick={(event) => {
        if (!from || !isPlainClick(event)) return
        // The same history entry as the browser's Back: Forward still returns here.
        event.preventDefault()
        goBack()
      }}
      // 20 px tall drawn; to a finger 40 px (an invisible edge above and below).
      className="relative inline-flex items-center gap-1 rounded-sm text-sm font-medium text-indigo-700 hover:underline pointer-coarse:before:absolute pointer-coarse:before:-inset-y-2.5 pointer-coarse:before:-inset-x-1 pointer-coarse:before:content-[''] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:text-indigo-300"
    >
      <Icon name="arrow-left" className="size-4" />
      {from ? 'Back to the list' : 'All API keys'}
    </AppLink>
  )
}
