import { serializeListView, type ListView } from './list-view'

/** The keys list showing exactly a figure's keys. */
export function listHref(view: ListView): string {
  const query = serializeListView(view).toString()
  return `/${query ? `?${query}` : ''}`
}
