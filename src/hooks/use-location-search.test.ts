// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cameFrom, leftFor, navigateTo } from './use-location-search'

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

describe('navigateTo and the history state it keeps', () => {
  it('leaving a page for another: the entry left remembers where to, and Back finds it', async () => {
    window.history.replaceState(null, '', '/?env=PRODUCTION&page=2')
    navigateTo('/keys/k1', 'push', true)
    expect(cameFrom()).toBe('/?env=PRODUCTION&page=2')
    expect(leftFor()).toBeNull()
    await back()
    expect(window.location.search).toBe('?env=PRODUCTION&page=2')
    expect(leftFor()).toBe('/keys/k1')
  })

  it('keeps what the entry left already held (its Back link’s page)', async () => {
    window.history.replaceState(null, '', '/')
    navigateTo('/keys/k1', 'push', true)
    navigateTo('/audit', 'push')
    await back()
    expect(window.location.pathname).toBe('/keys/k1')
    expect(cameFrom()).toBe('/')
    expect(leftFor()).toBe('/audit')
  })

  it('another view of the same page is not leaving it', async () => {
    window.history.replaceState(null, '', '/')
    navigateTo('/?page=2', 'push')
    await back()
    expect(leftFor()).toBeNull()
  })

  it('ignores a state it did not write', () => {
    window.history.replaceState({ from: 'https://elsewhere.example/', left: 42 }, '', '/')
    expect(cameFrom()).toBeNull()
    expect(leftFor()).toBeNull()
  })
})

/** The browser's Back, resolved once the entry is current. */
function back(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true })
    window.history.back()
  })
}
