import { createApiClient } from '../api/http-client'
import { apiKeyKeys } from '../features/api-keys/api/query-keys'
import { TEST_API_BASE, TEST_API_KEY, startMockApiServer } from '../test/mock-api-server'
import { createAppServices } from './app-services'
import { createQueryClient } from './query-client'
import { BADGE_WAIT_MS, primeFirstScreen } from './prime-first-screen'
import type { Boot, DemoControls } from './start-mode'

startMockApiServer()

/** A demo whose server is the msw/node mock, reached through `fetch`. */
function demoBoot(fetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init)): Boot {
  const demo: DemoControls = {
    config: { baseUrl: TEST_API_BASE, apiKey: TEST_API_KEY, fetch },
    reset: () => () => true,
    settings: () => ({ dialect: 'documented', seedCount: 40 }),
    setDialect: () => undefined,
    setSeedCount: () => undefined,
    onServerChange: () => () => undefined,
    onKeysChangedElsewhere: () => () => undefined,
  }
  return { api: createApiClient({}), demo, initial: { kind: 'demo' } }
}

const listPages = (services: ReturnType<typeof createAppServices>) =>
  services.queryClient.getQueryCache().findAll({ queryKey: apiKeyKeys.lists() }).map((query) => query.state.status)

describe('primeFirstScreen', () => {
  it('in the demo, on the keys page, enters the demo and caches the first page before the first render', async () => {
    const boot = demoBoot()
    const services = createAppServices(boot, createQueryClient())
    await primeFirstScreen(services, boot, { pathname: '/', search: '' })
    expect(services.api.config().baseUrl).toBe(TEST_API_BASE)
    expect(listPages(services)).toEqual(['success'])
  })

  it('waits for a slow answer no longer than its budget: the page then shows its skeleton and the answer comes later', async () => {
    let answer: (() => void) | undefined
    const slow: typeof fetch = (input, init) => new Promise<void>((resolve) => (answer = resolve)).then(() => globalThis.fetch(input, init))
    const boot = demoBoot(slow)
    const services = createAppServices(boot, createQueryClient())
    await primeFirstScreen(services, boot, { pathname: '/', search: '' })
    expect(listPages(services)).toEqual(['pending'])
    answer?.()
    await vi.waitFor(() => expect(listPages(services)).toEqual(['success']))
  })

  const connectedBoot = (): Boot => ({ api: createApiClient({ baseUrl: TEST_API_BASE, apiKey: TEST_API_KEY }), demo: null, initial: { kind: 'connected', connection: { baseUrl: TEST_API_BASE, remember: false } } })

  it('connected, waits for the header badge’s code, so the first render has the badge and the header does not grow after it', async () => {
    vi.useFakeTimers()
    try {
      let loaded: (() => void) | undefined
      const preloadBadge = vi.fn<() => Promise<void>>(() => new Promise<void>((resolve) => (loaded = resolve)))
      const boot = connectedBoot()
      let primed = false
      const priming = primeFirstScreen(createAppServices(boot, createQueryClient()), boot, { pathname: '/audit', search: '' }, preloadBadge).then(() => (primed = true))
      await vi.advanceTimersByTimeAsync(BADGE_WAIT_MS - 1)
      expect(preloadBadge).toHaveBeenCalledOnce()
      expect(primed).toBe(false)
      loaded?.()
      await priming
      expect(primed).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  it('connected, renders without the badge’s code after BADGE_WAIT_MS (a chunk that never comes does not hold the page)', async () => {
    vi.useFakeTimers()
    try {
      const boot = connectedBoot()
      let primed = false
      const priming = primeFirstScreen(createAppServices(boot, createQueryClient()), boot, { pathname: '/', search: '' }, () => new Promise<void>(() => undefined)).then(() => (primed = true))
      await vi.advanceTimersByTimeAsync(BADGE_WAIT_MS - 1)
      expect(primed).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      await priming
      expect(primed).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  it('in the demo, does not ask for the badge’s code', async () => {
    const preloadBadge = vi.fn<() => Promise<void>>(() => Promise.resolve())
    const boot = demoBoot()
    await primeFirstScreen(createAppServices(boot, createQueryClient()), boot, { pathname: '/', search: '' }, preloadBadge)
    expect(preloadBadge).not.toHaveBeenCalled()
  })

  it.each([
    ['another page', demoBoot(), '/audit'],
    ['a real server', connectedBoot(), '/'],
  ])('leaves %s to render as before', async (_what, boot, pathname) => {
    const services = createAppServices(boot, createQueryClient())
    await primeFirstScreen(services, boot, { pathname, search: '' })
    expect(listPages(services)).toEqual([])
  })
})
