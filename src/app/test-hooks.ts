import type { QueryClient } from '@tanstack/react-query'

declare global {
  interface Window {
    /** The e2e build only (VITE_TEST_HOOKS=true, playwright.config.ts): lets tests prove what the caches hold (a secret must never be there). */
    covalTestHooks?: { dumpCaches: () => string }
  }
}

export function installTestHooks(queryClient: QueryClient): void {
  // Not in what users get, the demo included: the build leaves the rest of this function out.
  if (import.meta.env.VITE_TEST_HOOKS !== 'true' || import.meta.env.VITE_ENABLE_DEMO === 'false') return
  window.covalTestHooks = {
    dumpCaches: () =>
      JSON.stringify({
        queries: queryClient.getQueryCache().getAll().map((q) => ({ key: q.queryKey, state: q.state })),
        mutations: queryClient.getMutationCache().getAll().map((m) => ({ key: m.options.mutationKey ?? null, state: m.state })),
      }),
  }
}
