import type { ApiKeyRecord } from '../api/api-key-schema'

export interface AuditEntry {
  keyId: string
  action: 'create' | 'status' | 'delete'
  status?: string
  reason?: string
  at: string
}

type Listener = () => void

/** The mock server's data: masked key records only (a full secret is never stored) and an audit trail. */
export class ApiKeyStore {
  #records = new Map<string, ApiKeyRecord>()
  #audit: AuditEntry[] = []
  #listeners = new Set<Listener>()
  #version = 0

  constructor(records: readonly ApiKeyRecord[] = []) {
    this.replaceAll(records)
  }

  all(): ApiKeyRecord[] {
    return [...this.#records.values()]
  }

  get(id: string): ApiKeyRecord | undefined {
    return this.#records.get(id)
  }

  get size(): number {
    return this.#records.size
  }

  /** Goes up with every change, so a reader can tell whether what it derived is still current. */
  get version(): number {
    return this.#version
  }

  get audit(): readonly AuditEntry[] {
    return this.#audit
  }

  insert(record: ApiKeyRecord): void {
    this.#records.set(record.id, record)
    this.#audit.push({ keyId: record.id, action: 'create', at: record.create_time })
    this.#emit()
  }

  setStatus(id: string, status: ApiKeyRecord['status'], at: string, reason?: string): ApiKeyRecord | undefined {
    const current = this.#records.get(id)
    if (!current) return undefined
    const next = { ...current, status, update_time: at }
    this.#records.set(id, next)
    this.#audit.push({ keyId: id, action: 'status', status, reason, at })
    this.#emit()
    return next
  }

  remove(id: string, at: string): boolean {
    const existed = this.#records.delete(id)
    if (existed) {
      this.#audit.push({ keyId: id, action: 'delete', at })
      this.#emit()
    }
    return existed
  }

  replaceAll(records: readonly ApiKeyRecord[]): void {
    this.#records = new Map(records.map((r) => [r.id, r]))
    this.#audit = []
    this.#emit()
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  #emit(): void {
    this.#version++
    for (const listener of this.#listeners) listener()
  }
}
