import type { Page } from '@playwright/test'

/**
 * Whether the page's JavaScript heap holds `needle`, after a garbage collection: a heap snapshot
 * over CDP, its chunks joined and searched. Every realm of the page (and Playwright's) is in it.
 */
export async function heapHolds(page: Page, needle: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const chunks: string[] = []
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => void chunks.push(chunk))
    await cdp.send('HeapProfiler.enable')
    // Twice: the first pass may only queue weakly held objects and finalizers for the second.
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false })
    return chunks.join('').includes(needle)
  } finally {
    await cdp.detach()
  }
}

/** A key no other test, page or build uses: if a snapshot holds it, this test's page kept it. */
export function uniqueAdminKey(): string {
  return `admin_${crypto.randomUUID().replaceAll('-', '')}`
}
