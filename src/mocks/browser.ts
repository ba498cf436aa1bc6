import { raceAbort } from '../lib/race-abort'
import { whenIdle } from '../lib/when-idle'
import { createMockBackend } from './backend'
import { loadRecords, loadSettings, saveDemo, watchOtherTabs } from './demo-storage'
import { isMockDialect, type MockDialect } from './dialect'
import { readFaultConfig, type FaultConfig } from './faults'
import { NETWORK_ERROR, preloadMockApiParts } from './mock-api'
import { SEED_COUNT_RULE, isSeedCount, type MockSettings } from './settings'

export const DEMO_API_BASE = '/demo-api'
export const DEMO_API_KEY = 'coval_demo_admin_key'

/** Puts the keys back as they were before a reset; false, changing nothing, once they have changed since. */
export type DemoRestore = () => boolean

export interface DemoApi {
  /** A `fetch` that answers from the in-browser mock, as the real API would over the network. */
  fetch: typeof fetch
  /** Puts the seed back; returns how to take that back (see DemoRestore). */
  reset: () => DemoRestore
  setFaults: (config: Partial<FaultConfig>) => void
  clearFaults: () => void
  /** The server the demo plays and how many keys its seed holds. */
  settings: () => MockSettings
  setDialect: (dialect: MockDialect) => void
  /** Reseeds with that many keys (0..50,000) when it differs from the current count. */
  setSeedCount: (count: number) => void
  /** Called after the dialect or the seed count changed: what the app learned of the server is stale. */
  onServerChange: (listener: () => void) => () => void
  /** Called after another tab of the demo changed its keys: what the app shows of them may be stale. */
  onKeysChangedElsewhere: (listener: () => void) => () => void
}

/** How long after the demo starts a first visit's keys are saved (when the page is next idle). */
export const FIRST_SAVE_AFTER_MS = 1000

/** How long after the demo starts the rest of its server's code loads (when the page is next idle). */
const PRELOAD_AFTER_MS = 1000

/**
 * A first visit's keys are saved so that a reload shows the same keys, not a seed made again from a
 * later clock. 320 keys as JSON take about 10 ms on a slow machine (a long task on a phone), which
 * neither the first rows nor a first click right after them should wait for: they are saved a
 * second in, when the page is idle, or as it goes away (a reload), whichever comes first. A change
 * before then saves at once (the store's subscription).
 */
function saveFirstVisit(save: () => void): void {
  let done = false
  const once = () => {
    if (done) return
    done = true
    window.removeEventListener('pagehide', once)
    save()
  }
  window.addEventListener('pagehide', once)
  setTimeout(() => whenIdle(once, 1000), FIRST_SAVE_AFTER_MS)
}

/** Starts the in-browser mock API that demo mode talks to, as the last visit left it. */
export function startDemoApi(): DemoApi {
  const saved = loadSettings()
  const records = loadRecords(saved)
  const seedTime = saved.seedTime === undefined ? undefined : new Date(saved.seedTime)
  const backend = createMockBackend({ adminKey: DEMO_API_KEY, initial: records, dialect: saved.dialect, seedCount: saved.seedCount, seedTime })
  const { api, store } = backend
  // Taking in another tab's save is not a change of this tab's to save back.
  let takingIn = false
  const save = () => {
    if (!takingIn) saveDemo(api.settings(), () => store.all(), backend.seedTime())
  }
  store.subscribe(save)
  if (!records) saveFirstVisit(save)
  // The server's writes, filters and sorts load once the first screen is up, so a demo whose network
  // goes (a sales call on hotel wifi) keeps answering: its server is in the page.
  setTimeout(() => whenIdle(() => void preloadMockApiParts()), PRELOAD_AFTER_MS)

  const listeners = new Set<() => void>()
  const elsewhere = new Set<() => void>()
  const changeServer = (change: () => void) => {
    const before = api.settings()
    change()
    const after = api.settings()
    if (before.dialect === after.dialect && before.seedCount === after.seedCount) return
    save()
    for (const listener of listeners) listener()
  }

  // Two tabs of the demo are two views of one server, as two tabs of a real API are: a change made
  // in one is what the other's next read answers. Each used to keep its own copy and save all of it,
  // so the last tab to write undid the other's changes (a key deleted in one came back).
  watchOtherTabs(() => {
    const settings = loadSettings()
    const theirs = loadRecords(settings)
    const before = api.settings()
    takingIn = true
    try {
      if (settings.dialect !== before.dialect) api.setDialect(settings.dialect)
      if (settings.seedCount !== before.seedCount) api.setSeedCount(settings.seedCount)
      if (theirs) store.replaceAll(theirs)
    } finally {
      takingIn = false
    }
    const after = api.settings()
    if (before.dialect !== after.dialect || before.seedCount !== after.seedCount) for (const listener of listeners) listener()
    else for (const listener of elsewhere) listener()
  })

  const demoFetch: typeof fetch = async (input, init) => {
    const request = new Request(typeof input === 'string' ? new URL(input, location.origin) : input, init)
    // A timeout or a caller's abort ends the wait, as it would for a real request.
    const result = await raceAbort(() => api.handle(request), request.signal)
    if (result === NETWORK_ERROR) throw new TypeError('Failed to fetch')
    return result
  }

  return {
    fetch: demoFetch,
    reset: () => {
      const before = store.all()
      api.reset()
      const reset = store.version
      return () => {
        if (store.version !== reset) return false
        store.replaceAll(before)
        return true
      }
    },
    setFaults: (config) => {
      const read = readFaultConfig(config)
      if (typeof read === 'string') throw new TypeError(`Fault configuration: ${read}`)
      api.faults.set(read)
    },
    clearFaults: () => api.faults.clear(),
    settings: () => api.settings(),
    // Checked here too: the console (covalDemo) passes anything.
    setDialect: (dialect) => {
      if (!isMockDialect(dialect)) throw new TypeError(`Unknown dialect ${JSON.stringify(dialect)}; use documented, coval or aip160.`)
      changeServer(() => api.setDialect(dialect))
    },
    setSeedCount: (count) => {
      if (!isSeedCount(count)) throw new RangeError(`The number of keys must be ${SEED_COUNT_RULE}.`)
      changeServer(() => api.setSeedCount(count))
    },
    onServerChange: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    onKeysChangedElsewhere: (listener) => {
      elsewhere.add(listener)
      return () => void elsewhere.delete(listener)
    },
  }
}
