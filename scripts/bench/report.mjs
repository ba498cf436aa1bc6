// Budgets, the printed table and the JSON files.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LH_BUDGETS, lighthouseRows } from './lighthouse-rows.mjs'

export const BUDGETS = { jsGzipKiB: 150, firstRowMs: 220, filterMs: 17, statusToggleMs: 17, nextMs: 15, firstOpenMs: 60, heapGrowth: 0.05, scaleFirstRowMs: 1500, scaleInteractionMs: 40, scaleHeapMiB: 30, auditMs: 500 }

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
const mib = (bytes) => `${(bytes / 1048576).toFixed(2)} MiB`
const ms = (s) => `${s.median.toFixed(1)} ms (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)}, n=${s.n})`
const verdict = (ok) => (ok ? 'PASS' : 'FAIL')

/** Turns the measurements into rows of [metric, value, budget, verdict]. */
export function budgetRows({ load, firstOpen, interactions, heap, scale, audit, lighthouse, environment }) {
  // Timing verdicts from a phase that ran while other work kept the CPUs busy are flagged.
  const busy = (phase) => environment.othersCpuDuringPhase[phase]?.quiet === false
  const timed = (ok, phase) => verdict(ok) + (busy(phase) ? ' (busy machine)' : '')
  const [c50, c200] = [heap.from, heap.to]
  const [h50, h200] = [heap.bytes[c50], heap.bytes[c200]]
  return [
    ['First-screen JS (gzip)', `${kib(load.bytes.js.gzip)} (raw ${kib(load.bytes.js.raw)})`, `≤ ${BUDGETS.jsGzipKiB} KiB`, verdict(load.bytes.js.gzip <= BUDGETS.jsGzipKiB * 1024)],
    ['First-screen CSS (gzip)', `${kib(load.bytes.css.gzip)} (raw ${kib(load.bytes.css.raw)})`, '—', 'info'],
    ['First row painted (median)', ms(load.firstRowPainted), `≤ ${BUDGETS.firstRowMs} ms`, timed(load.firstRowPainted.median <= BUDGETS.firstRowMs, 'load')],
    ['First row in DOM (median)', ms(load.firstRowInDom), '—', 'info'],
    ['Create dialog, first open after first row', ms(firstOpen), `≤ ${BUDGETS.firstOpenMs} ms`, timed(firstOpen.median <= BUDGETS.firstOpenMs, 'firstOpen')],
    ['Filter keystroke → rows painted', ms(interactions.filter), `≤ ${BUDGETS.filterMs} ms`, timed(interactions.filter.median <= BUDGETS.filterMs, 'interactions')],
    ['Status toggle → rows painted', ms(interactions.statusToggle), `≤ ${BUDGETS.statusToggleMs} ms`, timed(interactions.statusToggle.median <= BUDGETS.statusToggleMs, 'interactions')],
    ['Next (pointerdown) → rows painted', ms(interactions.next), `≤ ${BUDGETS.nextMs} ms`, timed(interactions.next.median <= BUDGETS.nextMs, 'interactions')],
    ['Next (click event) → rows painted', ms(interactions.next.fromClick), '—', 'info'],
    ...(interactions.phoneNext ? [['Next at 375 × 740 (cards) → rows in sight painted', ms(interactions.phoneNext), '—', 'info']] : []),
    [`Heap after GC, ${c50} → ${c200} turns`, `${mib(h50)} → ${mib(h200)} (${heap.growth >= 0 ? '+' : ''}${(heap.growth * 100).toFixed(1)} %)`, `within ${BUDGETS.heapGrowth * 100} %`, verdict(Math.abs(heap.growth) <= BUDGETS.heapGrowth)],
    ...noJitRow(heap.withoutOptimizingTiers),
    ...(scale ? scaleRows(scale, (ok) => timed(ok, 'scale')) : []),
    ...(audit ? [auditRow(audit, (ok) => timed(ok, 'audit'))] : []),
    ...lighthouseRows(lighthouse, (ok) => timed(ok, 'lighthouse')),
  ]
}

/** The audit page, 320 keys: navigation start → every figure shown. */
function auditRow(audit, timed) {
  const name = 'Audit page: every figure shown (320 keys)'
  if (audit.error) return [name, `error: ${audit.error}`.slice(0, 160), `≤ ${BUDGETS.auditMs} ms`, 'FAIL']
  return [name, ms(audit.allFigures), `≤ ${BUDGETS.auditMs} ms`, timed(audit.allFigures.median <= BUDGETS.auditMs)]
}

/** 10,000 keys under the documented server; a part that failed shows its error and fails. */
function scaleRows(scale, timed) {
  const error = (part) => `error: ${part.error}`.slice(0, 160)
  if (scale.error) return [['10k keys (documented server)', error(scale), '—', 'FAIL']]
  const { views, filter, heap } = scale
  const firstRowBudget = `≤ ${BUDGETS.scaleFirstRowMs} ms`
  const rows = []
  for (const view of Object.values(views)) {
    const name = `10k keys: ${view.label}`
    if (view.error) {
      rows.push([`${name}, first row painted`, error(view), firstRowBudget, 'FAIL'])
      continue
    }
    // A first row that was not the view's answer fails whatever its time.
    const wrong = view.wrongFirstRows > 0 ? `FAIL (${view.wrongFirstRows} wrong first row(s))` : null
    rows.push([`${name}, first row painted`, ms(view.firstRowPainted), firstRowBudget, wrong ?? timed(view.firstRowPainted.median <= BUDGETS.scaleFirstRowMs)])
    rows.push([`  same, read over (${view.total.toLocaleString('en')} match)`, ms(view.readOver), '—', 'info'])
  }
  const keystroke = filter.error ? [error(filter), 'FAIL'] : [ms(filter), timed(filter.median <= BUDGETS.scaleInteractionMs)]
  rows.push(['10k keys read: filter keystroke → rows painted', keystroke[0], `≤ ${BUDGETS.scaleInteractionMs} ms`, keystroke[1]])
  const heapCells = heap.error ? [error(heap), 'FAIL'] : [`${mib(heap.js)} (Blink ${mib(heap.embedder)})`, verdict(heap.js <= BUDGETS.scaleHeapMiB * 1048576)]
  rows.push(['10k keys read: JS heap after GC', heapCells[0], `≤ ${BUDGETS.scaleHeapMiB} MiB`, heapCells[1]])
  return rows
}

/** The diagnostic run without V8's optimizing compilers, when there was one. */
function noJitRow(run) {
  if (!run) return []
  const [a, b] = [run.bytes[run.from], run.bytes[run.to]]
  return [[`  same, optimizing JIT off`, `${mib(a)} → ${mib(b)} (${run.growth >= 0 ? '+' : ''}${(run.growth * 100).toFixed(1)} %)`, '—', 'info']]
}

function table(rows, header) {
  const all = [header, ...rows]
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)))
  const line = (r) => '| ' + r.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |'
  return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n')
}

/** Prints the report and writes bench-results/bench-<timestamp>.json and latest.json. */
export async function report(result, outDir) {
  const rows = budgetRows(result)
  const files = result.load.bytes.files.map((f) => [f.type, f.path, kib(f.raw), kib(f.gzip)])
  files.push(['js', 'total', kib(result.load.bytes.js.raw), kib(result.load.bytes.js.gzip)])
  files.push(['css', 'total', kib(result.load.bytes.css.raw), kib(result.load.bytes.css.gzip)])
  console.log(`\nFirst-screen files (requested before the first row was painted; ${result.load.bytes.method}):`)
  console.log(table(files, ['type', 'file', 'raw', 'gzip']))
  const env = result.environment
  console.log(`\nMachine: ${env.cores} cores, Chromium ${env.chromium}, 1-min load average ${env.loadAverageAtStart.toFixed(2)} at start, ${env.loadAverageAtEnd.toFixed(2)} at end`)
  const pct = (n) => (n === null ? '?' : `${(n * 100).toFixed(0)} %`)
  const busy = Object.entries(env.othersCpuDuringPhase).map(([k, q]) => `${k} ${pct(q.othersBusy)}${q.quiet ? '' : ' (NOT quiet)'}`)
  console.log(`CPU used by other work on the machine during each phase (of all ${env.cores} cores): ${busy.join(', ')}`)
  console.log('Budgets:')
  console.log(table(rows, ['metric', 'value', 'budget', 'verdict']))
  const failed = rows.filter((r) => r[3].startsWith('FAIL')).map((r) => r[0])
  console.log(failed.length ? `\n${failed.length} budget(s) FAILED: ${failed.join('; ')}` : '\nAll budgets PASS')
  const json = { ...result, budgets: { ...BUDGETS, lighthouse: LH_BUDGETS }, verdicts: Object.fromEntries(rows.map((r) => [r[0], r[3]])) }
  await mkdir(outDir, { recursive: true })
  const stamp = result.startedAt.replace(/[:.]/g, '-')
  const file = join(outDir, `bench-${stamp}.json`)
  const text = JSON.stringify(json, null, 2) + '\n'
  await writeFile(file, text)
  await writeFile(join(outDir, 'latest.json'), text)
  console.log(`JSON: ${file} (and ${join(outDir, 'latest.json')})`)
}
