import type { ApiKeyRecord } from '../api/api-key-schema'
import type { ApiKeyStore } from './store'

// A client paging through one view, plus a few it switched between; each entry only holds references.
const ENTRIES = 16

/**
 * The records recent queries selected, in order, kept until the store changes: reading page after
 * page of 10,000 keys then costs a slice per page instead of a filter and a sort.
 */
export class SelectionCache {
  readonly #store: ApiKeyStore
  #version: number
  #entries = new Map<string, readonly ApiKeyRecord[]>()

  constructor(store: ApiKeyStore) {
    this.#store = store
    this.#version = store.version
  }

  get(key: string, select: (records: readonly ApiKeyRecord[]) => readonly ApiKeyRecord[]): readonly ApiKeyRecord[] {
    if (this.#version !== this.#store.version) {
      this.#entries.clear()
      this.#version = this.#store.version
    }
    const cached = this.#entries.get(key)
    // Re-inserted on every use, so the Map's first entry is always the least recently used.
    this.#entries.delete(key)
    const selected = cached ?? select(this.#store.all())
    this.#entries.set(key, selected)
    if (this.#entries.size > ENTRIES) this.#entries.delete(this.#entries.keys().next().value ?? '')
    return selected
  }
}
