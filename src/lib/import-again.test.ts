import { afterEach, describe, expect, it, vi } from 'vitest'
import { failedModuleUrl, importAgain, retryingImport } from './import-again'

describe('failedModuleUrl', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('reads the same-origin script a failed import names, without its query', () => {
    const here = 'http://localhost:5317'
    vi.stubGlobal('location', new URL(`${here}/keys`))
    expect(failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${here}/assets/menu-AbC_1.js?retry=2`))).toBe(`${here}/assets/menu-AbC_1.js`)
    expect(failedModuleUrl(new TypeError('error loading dynamically imported module: https://elsewhere.example/x.js'))).toBeNull()
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull()
    expect(failedModuleUrl('not an error')).toBeNull()
  })

  it('names nothing where there is no page (the mock server in Node)', () => {
    expect(globalThis.location).toBeUndefined()
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: http://localhost:5317/assets/x.js'))).toBeNull()
  })
})

describe('importAgain', () => {
  it('calls the load again when the error names no file', async () => {
    const load = vi.fn<() => Promise<{ answer: number }>>(() => Promise.resolve({ answer: 42 }))
    await expect(importAgain(load, new TypeError('Importing a module script failed.'))).resolves.toEqual({ answer: 42 })
    expect(load).toHaveBeenCalledTimes(1)
  })
})

const offline = () => new TypeError('Failed to fetch dynamically imported module')

describe('retryingImport', () => {
  it('loads once and keeps the module', async () => {
    const load = vi.fn<() => Promise<{ answer: number }>>(() => Promise.resolve({ answer: 42 }))
    const get = retryingImport(load)
    const [a, b] = await Promise.all([get(), get()])
    expect(await get()).toBe(a)
    expect(b).toBe(a)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('after a failure, the next call loads again instead of failing again', async () => {
    const load = vi.fn<() => Promise<{ answer: number }>>()
      .mockRejectedValueOnce(offline())
      .mockResolvedValueOnce({ answer: 42 })
    const get = retryingImport(load)
    await expect(get()).rejects.toThrow('Failed to fetch')
    await expect(get()).resolves.toEqual({ answer: 42 })
    await expect(get()).resolves.toEqual({ answer: 42 })
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('calls waiting on one load share its failure; only the next call loads again', async () => {
    let fail: (error: unknown) => void = () => {}
    const load = vi.fn<() => Promise<string>>()
      .mockReturnValueOnce(new Promise((_, reject) => { fail = reject }))
      .mockResolvedValueOnce('loaded')
    const get = retryingImport(load)
    const first = get()
    const second = get()
    fail(offline())
    await expect(first).rejects.toThrow('Failed to fetch dynamically imported module')
    await expect(second).rejects.toThrow('Failed to fetch dynamically imported module')
    expect(load).toHaveBeenCalledTimes(1)
    await expect(get()).resolves.toBe('loaded')
  })
})
