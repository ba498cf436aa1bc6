import { pageTitle, useDocumentTitle } from '../../../hooks/use-document-title'
import { usePageFocus } from '../../../hooks/use-page-focus'
import { useKeysList } from '../api/use-keys-list'
import { CreateApiKeyButton } from './create-key/create-api-key-button'
import { KeysListView } from './keys-list-view'

export function ApiKeysPage() {
  const keys = useKeysList()
  // Back from a key's page: its row's link once the rows are in (the heading until then).
  usePageFocus('api-keys-heading', keys.list.pending ? 'waiting' : 'rows')
  // index.html's own title, for when the app has navigated here from another page.
  useDocumentTitle(pageTitle('API keys'))
  return (
    <section aria-labelledby="api-keys-heading" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="api-keys-heading" tabIndex={-1} className="text-2xl font-semibold tracking-tight outline-none">
            API keys
          </h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Keys let your services and people call the Coval API.</p>
        </div>
        <CreateApiKeyButton />
      </div>
      <KeysListView keys={keys} />
    </section>
  )
}
