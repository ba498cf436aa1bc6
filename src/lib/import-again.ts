// Dynamic imports that can be tried again. A browser may keep a module that failed to load
// (offline, or a chunk gone after a redeploy) for the page's life, as the HTML standard long said:
// importing the same URL again then fails at once, whatever the network does now (Chromium 156
// fetches it again). A new query string makes it a new module URL, so the file is fetched again;
// it is the same file, so the same code.

// Module-level on purpose: every retry needs a URL the page's one module map has not seen; no per-session data.
let retries = 0

/** The same-origin script a failed dynamic import names (Chrome and Firefox say which), without its query. */
export function failedModuleUrl(error: unknown): string | null {
  const origin = globalThis.location?.origin
  if (origin === undefined || !(error instanceof Error)) return null
  const named = /\b(https?:\/\/[^\s?#'"]+\.m?js)\b/.exec(error.message)?.[1]
  return named !== undefined && new URL(named).origin === origin ? named : null
}

/**
 * Imports `load`'s module again after it failed with `error`: under a new URL when the error names
 * the file, else by calling `load` again (all a browser that does not name it allows).
 */
export function importAgain<M>(load: () => Promise<M>, error: unknown): Promise<M> {
  const failed = failedModuleUrl(error)
  // Unchecked: the same file as `load` imports, so the same module.
  return failed === null ? load() : (import(/* @vite-ignore */ `${failed}?retry=${++retries}`) as Promise<M>)
}

/**
 * `load`, loaded once and kept; a call after a failure loads it again (importAgain) rather than
 * returning the failure, so code that loads a module on first use recovers once the network does.
 */
export function retryingImport<M>(load: () => Promise<M>): () => Promise<M> {
  let current: Promise<M> | null = null
  let failure: { error: unknown } | null = null
  return () => {
    if (current !== null && failure === null) return current
    const attempt = failure === null ? load() : importAgain(load, failure.error)
    failure = null
    const next = attempt.catch((error: unknown) => {
      // Only the latest attempt's failure counts: an older one settling late must not undo a success.
      if (current === next) failure = { error }
      throw error
    })
    current = next
    return next
  }
}
