// @vitest-environment jsdom
// Demo mode's mock: its settings, what it keeps in localStorage, and what a reload brings back.
import { KEY_STATUSES } from '../api/enums'
import { DEMO_API_KEY, FIRST_SAVE_AFTER_MS, startDemoApi, type DemoApi } from './browser'

const SETTINGS = 'coval-demo-settings:v1'
const STORE = 'coval-demo-store:v1'

async function call(demo: DemoApi, path: string, init: RequestInit = {}): Promise<Response> {
  return demo.fetch(`/demo-api${path}`, { ...init, headers: { 'x-api-key': DEMO_API_KEY } })
}

async function firstIds(demo: DemoApi): Promise<{ ids: string[]; total: number }> {
  const body = (await (await call(demo, `/v1/api-keys?status=${KEY_STATUSES.join(',')}&page_size=100`)).json()) as {
    api_keys: { id: string }[]
    total_count: number
  }
  return { ids: body.api_keys.map((k) => k.id), total: body.total_count }
}

const saved = (key: string): unknown => JSON.parse(localStorage.getItem(key) ?? 'null')

beforeEach(() => localStorage.clear())

describe('the demo API', () => {
  it('starts as a coval server over 320 keys, and saves them a while later, when idle, not before the first answer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const idle: (() => void)[] = []
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback))
    try {
      const demo = startDemoApi()
      expect(demo.settings()).toEqual({ dialect: 'coval', seedCount: 320 })
      // Neither the first rows nor a first click right after them wait for 320 keys written as JSON.
      expect((await firstIds(demo)).total).toBe(320)
      vi.advanceTimersByTime(FIRST_SAVE_AFTER_MS - 1)
      expect(idle).toHaveLength(0)
      vi.advanceTimersByTime(1)
      expect(localStorage.getItem(STORE)).toBeNull()
      // Two pieces of work wait for the page to be idle: this save, and the server's code it loads ahead (writes, parsers).
      expect(idle).toHaveLength(2)
      for (const work of idle) work()
      expect(saved(SETTINGS)).toEqual({ dialect: 'coval', seedCount: 320 })
      expect(saved(STORE)).toHaveLength(320)
      // A reload now shows the very same keys.
      expect(await firstIds(startDemoApi())).toEqual(await firstIds(demo))
    } finally {
      vi.useRealTimers()
      vi.unstubAllGlobals()
    }
  })

  it('saves a first visit as the page goes away (a reload) before that', async () => {
    const demo = startDemoApi()
    expect(localStorage.getItem(STORE)).toBeNull()
    window.dispatchEvent(new Event('pagehide'))
    expect(saved(STORE)).toHaveLength(320)
    expect(await firstIds(startDemoApi())).toEqual(await firstIds(demo))
  })

  it('saves a first visit at once when a key changes before then', async () => {
    const demo = startDemoApi()
    const { ids } = await firstIds(demo)
    expect((await call(demo, `/v1/api-keys/${ids[0]}`, { method: 'DELETE' })).status).toBe(204)
    expect(saved(STORE)).toHaveLength(319)
  })

  it('tells its listeners when the server changes, and only then', () => {
    const demo = startDemoApi()
    const listener = vi.fn<() => void>()
    const stop = demo.onServerChange(listener)
    demo.setDialect('coval')
    demo.setSeedCount(320)
    expect(listener).not.toHaveBeenCalled()
    demo.setDialect('documented')
    demo.setSeedCount(12)
    expect(listener).toHaveBeenCalledTimes(2)
    stop()
    demo.setDialect('aip160')
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('comes back after a reload as it was left: dialect, count and changes', async () => {
    const demo = startDemoApi()
    demo.setDialect('documented')
    demo.setSeedCount(30)
    const { ids } = await firstIds(demo)
    expect((await call(demo, `/v1/api-keys/${ids[0]}`, { method: 'DELETE' })).status).toBe(204)
    const reloaded = startDemoApi()
    expect(reloaded.settings()).toEqual({ dialect: 'documented', seedCount: 30 })
    expect(await firstIds(reloaded)).toEqual({ ids: ids.slice(1), total: 29 })
  })

  it('keeps no records above 2,000 keys, but the seed time, so a reload makes the same keys', async () => {
    const demo = startDemoApi()
    demo.setSeedCount(2_500)
    expect(localStorage.getItem(STORE)).toBeNull()
    expect(saved(SETTINGS)).toEqual({ dialect: 'coval', seedCount: 2_500, seedTime: expect.stringMatching(/Z$/) })
    const before = await firstIds(demo)
    expect(before.total).toBe(2_500)
    expect(await firstIds(startDemoApi())).toEqual(before)
    demo.setSeedCount(40)
    expect(saved(STORE)).toHaveLength(40)
    expect(saved(SETTINGS)).toEqual({ dialect: 'coval', seedCount: 40 })
  })

  it('follows another tab of the demo: what it saved is what the next read answers, and nothing is saved back', async () => {
    const here = startDemoApi()
    const { ids } = await firstIds(here)
    expect((await call(here, `/v1/api-keys/${ids[0]}`, { method: 'DELETE' })).status).toBe(204)
    const changed = vi.fn<() => void>()
    const serverChanged = vi.fn<() => void>()
    here.onKeysChangedElsewhere(changed)
    here.onServerChange(serverChanged)
    // The other tab revokes a key and deletes another: its save, then the event this tab gets.
    const records = saved(STORE) as { id: string; status: string }[]
    const revoked = records.find((r) => r.id === ids[1])
    if (revoked) revoked.status = 'REVOKED'
    const theirs = JSON.stringify(records.filter((r) => r.id !== ids[2]))
    localStorage.setItem(STORE, theirs)
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    try {
      window.dispatchEvent(new StorageEvent('storage', { key: STORE, newValue: theirs, storageArea: localStorage }))
      expect(changed).toHaveBeenCalledTimes(1)
      expect(serverChanged).not.toHaveBeenCalled()
      expect(setItem).not.toHaveBeenCalled()
    } finally {
      setItem.mockRestore()
    }
    const after = await firstIds(here)
    expect(after.total).toBe(318)
    expect(after.ids).not.toContain(ids[2])
    const page = (await (await call(here, `/v1/api-keys?status=${KEY_STATUSES.join(',')}&page_size=100`)).json()) as { api_keys: { id: string; status: string }[] }
    expect(page.api_keys.find((k) => k.id === ids[1])?.status).toBe('REVOKED')
    // Another key, another event: a change of its own here is saved again.
    expect((await call(here, `/v1/api-keys/${ids[3]}`, { method: 'DELETE' })).status).toBe(204)
    expect(saved(STORE)).toHaveLength(317)
  })

  it('refuses what the console might pass', () => {
    const demo = startDemoApi()
    expect(() => demo.setDialect('sql' as 'coval')).toThrow(TypeError)
    expect(() => demo.setSeedCount(-1)).toThrow(RangeError)
    expect(() => demo.setSeedCount(50_001)).toThrow(RangeError)
    expect(() => demo.setSeedCount(1.5)).toThrow(RangeError)
    expect(demo.settings()).toEqual({ dialect: 'coval', seedCount: 320 })
  })

  it('falls back to the defaults when the saved settings are unreadable', () => {
    localStorage.setItem(SETTINGS, '{"dialect":"sql","seedCount":-4}')
    expect(startDemoApi().settings()).toEqual({ dialect: 'coval', seedCount: 320 })
  })

  it('loads 2,000 saved keys quickly', () => {
    startDemoApi().setSeedCount(2_000)
    // This process's CPU time, not the wall clock: other processes' load on a shared machine cannot fail it.
    const started = process.cpuUsage()
    const reloaded = startDemoApi()
    const used = process.cpuUsage(started)
    expect(reloaded.settings().seedCount).toBe(2_000)
    // In a browser it is a few tens of milliseconds.
    expect((used.user + used.system) / 1000).toBeLessThan(1_000)
  })
})
