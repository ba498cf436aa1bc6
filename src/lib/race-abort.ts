function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError')
}

/**
 * `work()`'s result, or the signal's reason as soon as it aborts first, as `fetch` ends its wait
 * (an aborted signal: `work` is not started).
 * The abort listener goes once `work` settles: left on a signal that lives on (a 30 s timeout's),
 * it would hold the result, through the race, until that signal ends.
 */
export async function raceAbort<T>(work: () => Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) throw abortError(signal)
  let onAbort = () => {}
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortError(signal))
    signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([work(), aborted])
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}
