import { KEY_STATUSES } from '../../../api/enums'
import { useApiKeysList } from '../api/use-api-keys-list'
import { ApiKeyList } from './api-key-list'
import { QueryErrorState } from './query-error-state'

// Until the table lands: every status, newest first, the first page.
const FIRST_PAGE = { statuses: KEY_STATUSES, orderBy: 'create_time desc', pageSize: 20 }

export function ApiKeysPage() {
  const list = useApiKeysList(FIRST_PAGE)
  return (
    <section aria-labelledby="api-keys-heading" className="space-y-4">
      <div>
        <h1 id="api-keys-heading" className="text-2xl font-semibold tracking-tight">
          API keys
        </h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {list.data ? `${list.data.total_count} keys in this organisation` : 'Keys that let services and people call the Coval API.'}
        </p>
      </div>
      {list.isPending ? (
        <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
          Loading keys…
        </p>
      ) : list.isError ? (
        <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <ApiKeyList keys={list.data.api_keys} />
      )}
    </section>
  )
}
