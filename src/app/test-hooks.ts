import type { QueryClient } from '@tanstack/react-query'

declare global {
  interface Window {
    /** Demo builds only: lets e2e tests prove what the caches hold (a secret must never be there). */
    covalTestHooks?: { dumpCaches: () => string }
  }
}

export function installTestHooks(queryClient: QueryClient): void {
  if (import.meta.env.VITE_ENABLE_DEMO === 'false') return
  window.covalTestHooks = {
    dumpCaches: () =>
      JSON.stringify({
        queries: queryClient.getQueryCache().getAll().map((q) => ({ key: q.queryKey, state: q.state })),
        mutations: queryClient.getMutationCache().getAll().map((m) => ({ key: m.options.mutationKey ?? null, state: m.state })),
      }),
  }
}
