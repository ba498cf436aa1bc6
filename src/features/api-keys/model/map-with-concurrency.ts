export type Settled<T, R> = { item: T; ok: true; value: R } | { item: T; ok: false; error: unknown }

/**
 * Runs `task` over `items` with at most `limit` at a time; never rejects, reports each outcome.
 * Once `signal` aborts no new task starts: the result holds only the items that were started.
 */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>, signal?: AbortSignal): Promise<Settled<T, R>[]> {
  const results: Settled<T, R>[] = []
  let next = 0
  const stopped = () => signal?.aborted === true
  async function worker() {
    while (next < items.length && !stopped()) {
      const index = next++
      const item = items[index] as T
      try {
        results[index] = { item, ok: true, value: await task(item) }
      } catch (error) {
        results[index] = { item, ok: false, error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  // Holes are the items a cancel left unstarted.
  return results.filter((result) => result !== undefined)
}
