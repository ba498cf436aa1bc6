import { mapWithConcurrency } from './map-with-concurrency'

describe('mapWithConcurrency', () => {
  it('never runs more than the limit at once and keeps the order of results', async () => {
    let running = 0
    let peak = 0
    const results = await mapWithConcurrency([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((resolve) => setTimeout(resolve, 5 * (8 - n)))
      running--
      if (n === 4) throw new Error('four')
      return n * 10
    })
    expect(peak).toBe(3)
    expect(results.map((r) => (r.ok ? r.value : 'failed'))).toEqual([10, 20, 30, 'failed', 50, 60, 70])
    expect(results[3]).toMatchObject({ ok: false, item: 4 })
  })

  it('handles an empty list', async () => {
    expect(await mapWithConcurrency([], 4, async () => 1)).toEqual([])
  })
})
