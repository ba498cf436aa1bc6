/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "false" builds the connected-only bundle: no mock, no seed, no service worker. */
  readonly VITE_ENABLE_DEMO?: string
  /** Presets the API base URL offered by the Connect dialog. */
  readonly VITE_API_BASE_URL?: string
  /** Set by `npm run connected`: the dev server proxies /api-proxy to this target. */
  readonly VITE_API_PROXY_TARGET?: string
  /** "true" in the e2e build only: `window.covalTestHooks` (src/app/test-hooks.ts). */
  readonly VITE_TEST_HOOKS?: string
}

/** HTML's close watcher (Chromium 120+), not yet in TypeScript's DOM types: a phone's Back or Escape, as a request to close. */
interface CloseWatcher extends EventTarget {
  requestClose(): void
  close(): void
  destroy(): void
  oncancel: ((event: Event) => void) | null
  onclose: ((event: Event) => void) | null
}
declare var CloseWatcher: { prototype: CloseWatcher; new (options?: { signal?: AbortSignal }): CloseWatcher } | undefined
