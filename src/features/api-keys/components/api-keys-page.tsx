import { useKeysList } from '../api/use-keys-list'
import { CreateApiKeyButton } from './create-key/create-api-key-button'
import { KeysListView } from './keys-list-view'

export function ApiKeysPage() {
  const keys = useKeysList()
  return (
    <section aria-labelledby="api-keys-heading" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="api-keys-heading" className="text-2xl font-semibold tracking-tight">
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
