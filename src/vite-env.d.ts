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
