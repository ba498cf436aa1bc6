// npm run bench: builds the production demo build, serves it on a free 127.0.0.1 port, and measures
// the first screen, interactions and heap in headless Chromium. Prints a table and writes JSON.
// Env: BENCH_LOADS (cold loads, default 9), BENCH_REPS (interaction repeats, default 9),
// BENCH_QUIET_WAIT_S (how long each phase may wait for other CPU work to calm down, default 90),
// BENCH_SCALE_LOADS (cold loads per view of the 10,000-key phase, default 7), BENCH_LH_RUNS (Lighthouse
// runs per page, preset and serving, default 3; 0 skips Lighthouse).
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildDemo } from './build-demo.mjs'
import { measureHeap } from './measure-heap.mjs'
import { measureInteractions } from './measure-interactions.mjs'
import { measureFirstOpen } from './measure-first-open.mjs'
import { measureLighthouse } from './measure-lighthouse.mjs'
import { measureLoads } from './measure-load.mjs'
import { AUDIT_FIGURES, measureAudit } from './measure-audit.mjs'
import { SCALE_KEYS, measureScale } from './measure-scale.mjs'
import { launchBrowser } from './probe.mjs'
import { waitForQuiet, watchCpu } from './quiet.mjs'
import { report } from './report.mjs'
import { serveDist } from './serve.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const LOADS = Math.max(7, Number(process.env.BENCH_LOADS ?? 9))
const REPS = Math.max(7, Number(process.env.BENCH_REPS ?? 9))
// Each of these loads reads 10,000 keys (seconds on a busy machine): fewer, but at least 5.
const SCALE_LOADS = Math.max(5, Number(process.env.BENCH_SCALE_LOADS ?? 7))
const LH_RUNS = Math.max(0, Number(process.env.BENCH_LH_RUNS ?? 3))
const QUIET_WAIT_MS = 1000 * Number(process.env.BENCH_QUIET_WAIT_S ?? 90)
const log = (s) => console.log(s)
const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? ''

async function main() {
  const startedAt = new Date().toISOString()
  const load1 = loadavg()[0]
  log(`bench: ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`)
  const quiet = {}
  const during = {}
  // Waits for quiet before a phase, and records how busy other work kept the CPUs during it.
  const phase = async (name, measure) => {
    quiet[name] = await waitForQuiet({ maxWaitMs: QUIET_WAIT_MS, log })
    const stop = await watchCpu()
    const result = await measure()
    during[name] = await stop()
    const { othersBusy, quiet: calm } = during[name]
    if (othersBusy !== null) log(`  other work used ${(othersBusy * 100).toFixed(0)} % of the CPUs during this phase${calm ? '' : ' — NOT quiet'}`)
    return result
  }
  const distDir = await mkdtemp(join(tmpdir(), 'coval-bench-dist-'))
  let server
  let gzipServer
  let browser
  try {
    log('building the production demo build…')
    const buildMs = buildDemo(distDir)
    server = await serveDist(distDir)
    log(`serving ${distDir} at ${server.url}`)
    const launched = await launchBrowser()
    browser = launched.browser
    log(`chromium ${browser.version()} (${launched.executable}), headless`)
    const opts = { baseUrl: server.url, distDir, log }
    log(`cold loads (1 warm-up + ${LOADS})…`)
    const load = await phase('load', () => measureLoads(browser, { ...opts, runs: LOADS }))
    log(`Create dialog, first open right after the first row (1 warm-up + ${LOADS})…`)
    const firstOpen = await phase('firstOpen', () => measureFirstOpen(browser, { ...opts, runs: LOADS }))
    log(`interactions (${REPS} each, mock latency 0)…`)
    const interactions = await phase('interactions', () => measureInteractions(browser, { ...opts, reps: REPS }))
    log('heap (200 page turns)…')
    const heap = await phase('heap', () => measureHeap(browser, { ...opts, checkpoints: [50, 100, 150, 200] }))
    // The same turns with V8's optimizing compilers off: growth that disappears here is compiled
    // code warming up, not objects the page keeps (the budget still counts the first run).
    log('heap again, V8 optimizing tiers off (diagnostic)…')
    const noJit = await launchBrowser(['--js-flags=--no-opt --no-maglev'])
    try {
      heap.withoutOptimizingTiers = await measureHeap(noJit.browser, { ...opts, checkpoints: [50, 200] })
    } finally {
      await noJit.browser.close()
    }
    log(`scale: ${SCALE_KEYS.toLocaleString('en')} keys, documented server (1 warm-up + ${SCALE_LOADS} loads per view, ${REPS} keystrokes, heap)…`)
    // Its parts report their own failures; this catches the rest (e.g. the reference seed) so the report still prints.
    const scale = await phase('scale', () => measureScale(browser, { ...opts, loads: SCALE_LOADS, reps: REPS }).catch((error) => {
      log(`  scale phase FAILED: ${error}`)
      return { error: String(error?.message ?? error) }
    }))
    log(`audit page: 1 warm-up + ${LOADS} cold loads until all ${AUDIT_FIGURES} figures are shown…`)
    const audit = await phase('audit', () => measureAudit(browser, { ...opts, loads: LOADS }).catch((error) => {
      log(`  audit phase FAILED: ${error}`)
      return { error: String(error?.message ?? error) }
    }))
    let lighthouse = null
    if (LH_RUNS > 0) {
      gzipServer = await serveDist(distDir, { compress: true })
      log(`lighthouse: keys and audit pages, mobile and desktop, gzip and uncompressed, ${LH_RUNS} runs each…`)
      lighthouse = await phase('lighthouse', () => measureLighthouse({ gzip: gzipServer.url, identity: server.url }, { runs: LH_RUNS, log }))
    }
    const environment = {
      node: process.version, cores: cpus().length, loadAverageAtStart: load1, loadAverageAtEnd: loadavg()[0],
      cpuBusyBeforePhase: quiet, othersCpuDuringPhase: during, chromium: browser.version(), executable: launched.executable, buildMs,
      git: { head: git('rev-parse', 'HEAD'), uncommittedFiles: git('status', '--porcelain').split('\n').filter(Boolean).length },
    }
    await report({ startedAt, environment, load, firstOpen, interactions, heap, scale, audit, lighthouse }, join(root, 'bench-results'))
  } finally {
    await browser?.close()
    await server?.close()
    await gzipServer?.close()
    await rm(distDir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
