import type { ListApiKeysParams } from '../../../api/api-keys/list-api-keys'

/** Every query key of the feature; mutations invalidate by prefix (`all`, `lists()`). */
export const apiKeyKeys = {
  all: ['api-keys'] as const,
  lists: () => [...apiKeyKeys.all, 'list'] as const,
  list: (params: ListApiKeysParams) => [...apiKeyKeys.lists(), params] as const,
}
