// `npm run bench:floor [turns]`: the app's Next against the machine's floor for it (the same rows
// swapped in by one DOM call, no app code), by turns in one sitting. See measure-floor.mjs.
import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildDemo } from './build-demo.mjs'
import { measureFloor } from './measure-floor.mjs'
import { launchBrowser } from './probe.mjs'
import { waitForQuiet, watchCpu } from './quiet.mjs'
import { BUDGETS } from './report.mjs'
import { serveDist } from './serve.mjs'

const TURNS = Math.max(7, Number(process.argv[2] ?? 15))
const log = (s) => console.log(s)

async function main() {
  log(`bench:floor: ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}; ${TURNS} turns`)
  const distDir = await mkdtemp(join(tmpdir(), 'coval-bench-floor-'))
  let server
  let browser
  try {
    log('building the production demo build…')
    buildDemo(distDir, { quiet: true })
    server = await serveDist(distDir)
    ;({ browser } = await launchBrowser())
    await waitForQuiet({ log })
    const stop = await watchCpu()
    const { next, floor } = await measureFloor(browser, { baseUrl: server.url, reps: TURNS, log })
    const { othersBusy } = await stop()
    const show = (s) => `${s.median} ms (${s.min}–${s.max}, n=${s.n})`
    log(`\n| pointerdown → rows painted (median, range) | ms |\n| --- | --- |`)
    log(`| the app's Next | ${show(next)} |`)
    log(`| the same rows swapped in by one DOM call, no app code: the floor | ${show(floor)} |`)
    log(`| the budget for Next | ≤ ${BUDGETS.nextMs} ms |`)
    log(`\nThe app's own share: ${(next.median - floor.median).toFixed(1)} ms of ${next.median}.`)
    if (othersBusy !== null) log(`Other work used ${(othersBusy * 100).toFixed(0)} % of the CPUs meanwhile.`)
  } finally {
    await browser?.close()
    await server?.close()
    await rm(distDir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
