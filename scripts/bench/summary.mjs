// `npm run bench:summary [N]`: the budgeted figures of the last N (default 3) bench runs in
// bench-results/, each as the median of the runs' medians with its range (min–max over the runs).
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'bench-results')
const count = Math.max(1, Number(process.argv[2] ?? 3))

/** The figures issue 13 budgets, from one run's JSON (missing parts are left out). */
export function figures(run) {
  const f = {}
  const add = (name, value, unit) => {
    if (typeof value === 'number' && Number.isFinite(value)) f[name] = { value, unit }
  }
  add('First-screen JS, gzip', run.load?.bytes?.js?.gzip / 1024, 'KiB')
  add('First row painted', run.load?.firstRowPainted?.median, 'ms')
  add('Create dialog, first open after first row', run.firstOpen?.median, 'ms')
  add('Filter keystroke', run.interactions?.filter?.median, 'ms')
  add('Status toggle', run.interactions?.statusToggle?.median, 'ms')
  add('Next', run.interactions?.next?.median, 'ms')
  add('Next at 375 px', run.interactions?.phoneNext?.median, 'ms')
  add('Heap growth 50 → 200 turns', run.heap?.growth * 100, '%')
  add('Audit page, every figure', run.audit?.allFigures?.median, 'ms')
  for (const lh of run.lighthouse ?? []) {
    if (!lh.scores) continue
    const name = `Lighthouse ${lh.page} ${lh.preset} ${lh.serving === 'gzip' ? 'gzip' : 'uncompressed'}`
    add(`${name}: performance`, lh.scores.performance, '')
    add(`${name}: accessibility`, lh.scores.accessibility, '')
    add(`${name}: best practices`, lh.scores['best-practices'], '')
  }
  return f
}

const median = (v) => {
  const s = [...v].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const fmt = (n) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(1))

async function main() {
  const files = (await readdir(dir)).filter((f) => /^bench-.*\.json$/.test(f)).sort().slice(-count)
  if (files.length === 0) throw new Error(`no bench-*.json in ${dir}: run npm run bench first`)
  const runs = await Promise.all(files.map(async (f) => figures(JSON.parse(await readFile(join(dir, f), 'utf8')))))
  console.log(`${files.length} run(s): ${files.join(', ')}`)
  const names = [...new Set(runs.flatMap((r) => Object.keys(r)))]
  for (const name of names) {
    const values = runs.map((r) => r[name]?.value).filter((v) => v !== undefined)
    const unit = runs.find((r) => r[name])[name].unit
    console.log(`${name}: ${fmt(median(values))} ${unit} (range ${fmt(Math.min(...values))}–${fmt(Math.max(...values))}, n=${values.length})`)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main().catch((error) => {
  console.error(error.message)
  process.exitCode = 1
})
