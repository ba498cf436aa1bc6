// Tests only: the keys table drawn alone, with the query client its status cells ask.
import { QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { AppServicesProvider } from '../../../../app/app-services'
import { testServices } from '../../../../test/test-services'
import { ApiKeysTable, useKeysTable } from './api-keys-table'
import type { KeysTableState } from './columns'

export const NOW = Date.parse('2026-11-26T12:00:00Z')

function Table({ keys, onAction }: { keys: ApiKey[]; onAction: KeysTableState['onAction'] }) {
  const table = useKeysTable({
    keys,
    sort: { id: 'create_time', desc: true },
    onSortChange: () => {},
    selection: {},
    onSelectionChange: () => {},
    columnVisibility: {},
    onColumnVisibilityChange: () => {},
    now: NOW,
    onAction,
    onSelectRow: () => {},
  })
  return <ApiKeysTable table={table} busy={false} dimmed={false} caption="API keys" />
}

// The status cell asks the query client whether a change of its key waits for the connection.
export function WithClient({ keys, onAction = () => {} }: { keys: ApiKey[]; onAction?: KeysTableState['onAction'] }) {
  const [services] = useState(() => testServices({ queryClient: new QueryClient() }))
  return (
    <AppServicesProvider services={services}>
      <Table keys={keys} onAction={onAction} />
    </AppServicesProvider>
  )
}
