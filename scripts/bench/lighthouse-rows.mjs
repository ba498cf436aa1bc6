// The Lighthouse rows of the bench report: performance, accessibility and best practices per page,
// preset and serving (medians), with the metrics behind the score and what cost points.

/** Lowest acceptable scores (issue 13): performance by preset and serving; the others always 100. */
export const LH_BUDGETS = { mobile: { gzip: 98, identity: 90 }, desktop: { gzip: 100, identity: 100 }, accessibility: 100, bestPractices: 100 }

const range = (values) => (values.length > 1 ? ` (${Math.min(...values)}–${Math.max(...values)})` : '')
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`

/** One row per page × preset × serving: the performance score with its budget, then a11y and BP. */
export function lighthouseRows(results, timed) {
  if (!results) return []
  const rows = []
  for (const r of results) {
    const name = `Lighthouse ${r.page} page, ${r.preset}, ${r.serving === 'gzip' ? 'gzip' : 'uncompressed'}`
    if (!r.scores) {
      rows.push([name, 'no run finished', '—', 'FAIL'])
      continue
    }
    const perfBudget = LH_BUDGETS[r.preset][r.serving]
    const { performance, accessibility } = r.scores
    const bestPractices = r.scores['best-practices']
    const m = r.metrics
    const perf = `${performance}${range(r.scoreSamples.performance)}, n=${r.runs}; FCP ${secs(m.fcp)}, LCP ${secs(m.lcp)}, TBT ${Math.round(m.tbt)} ms, CLS ${m.cls.toFixed(3)}`
    rows.push([`${name}: performance`, perf, `≥ ${perfBudget}`, timed(performance >= perfBudget)])
    const others = `accessibility ${accessibility}, best practices ${bestPractices}`
    const ok = accessibility >= LH_BUDGETS.accessibility && bestPractices >= LH_BUDGETS.bestPractices
    rows.push([`  same, accessibility / best practices`, others, '100 / 100', ok ? 'PASS' : 'FAIL'])
    if (performance < perfBudget || !ok) rows.push(['  same, audits that cost points', r.failing.join(', ').slice(0, 200) || '—', '—', 'info'])
  }
  return rows
}
