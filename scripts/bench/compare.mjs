// `npm run bench:compare -- <rev> [rounds]`: the working tree against an earlier commit, on the same
// machine in one sitting. Builds both production demo builds (the commit's in a temporary git worktree
// that borrows this node_modules), then takes turns, the order swapped every round: each round runs the bench's own cold loads,
// Create's first open and interactions once on each build, so a machine that slows down or speeds up
// during the run weighs on both alike. Prints each figure as the median over every round's samples,
// with the range, and writes bench-results/compare-<timestamp>.json.
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildDemo } from './build-demo.mjs'
import { measureFirstOpen } from './measure-first-open.mjs'
import { measureInteractions } from './measure-interactions.mjs'
import { measureLoads } from './measure-load.mjs'
import { launchBrowser, stats } from './probe.mjs'
import { serveDist } from './serve.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const [rev, roundsArg] = process.argv.slice(2)
const ROUNDS = Math.max(1, Number(roundsArg ?? 3))
const log = (s) => console.log(s)
const run = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, VITE_ENABLE_DEMO: 'true', NODE_ENV: 'production' } })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${r.stderr}`)
  return r.stdout.trim()
}

/** The figures each round adds samples to, by the bench's own measures. */
const FIGURES = {
  'First row painted': (m) => m.load.firstRowPainted.samples,
  'Create dialog, first open after first row': (m) => m.firstOpen.samples,
  'Filter keystroke → rows painted': (m) => m.interactions.filter.samples,
  'Status toggle → rows painted': (m) => m.interactions.statusToggle.samples,
  'Next → rows painted': (m) => m.interactions.next.samples,
  'Next at 375 × 740 → rows in sight painted': (m) => m.interactions.phoneNext?.samples ?? [],
}

async function main() {
  if (!rev) throw new Error('usage: npm run bench:compare -- <commit> [rounds]')
  const sha = run('git', ['rev-parse', '--verify', `${rev}^{commit}`], root)
  const work = await mkdtemp(join(tmpdir(), 'coval-bench-compare-'))
  const tree = join(work, 'tree')
  const label = sha.startsWith(rev) ? sha.slice(0, 7) : `${sha.slice(0, 7)} (${rev})`
  const builds = { [label]: join(work, 'then'), 'working tree': join(work, 'now') }
  const servers = []
  let browser
  try {
    log(`bench:compare: ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}; ${ROUNDS} rounds`)
    run('git', ['worktree', 'add', '--detach', tree, sha], root)
    await symlink(join(root, 'node_modules'), join(tree, 'node_modules'))
    log(`building ${sha.slice(0, 7)} and the working tree…`)
    const [thenDir, nowDir] = Object.values(builds)
    buildDemo(thenDir, { cwd: tree, quiet: true })
    buildDemo(nowDir, { quiet: true })
    for (const dir of Object.values(builds)) servers.push(await serveDist(dir))
    ;({ browser } = await launchBrowser())
    const samples = Object.fromEntries(Object.keys(builds).map((name) => [name, Object.fromEntries(Object.keys(FIGURES).map((f) => [f, []]))]))
    for (let round = 1; round <= ROUNDS; round++) {
      // Odd rounds measure the earlier commit first, even rounds the working tree first: whichever goes
      // second meets a browser that has just run the other's pages.
      const order = Object.entries(builds).map((entry, index) => ({ entry, index }))
      if (round % 2 === 0) order.reverse()
      for (const { entry: [name, distDir], index } of order) {
        const opts = { baseUrl: servers[index].url, distDir, log: () => {} }
        const measured = {
          load: await measureLoads(browser, { ...opts, runs: 7 }),
          firstOpen: await measureFirstOpen(browser, { ...opts, runs: 7 }),
          interactions: await measureInteractions(browser, { ...opts, reps: 7 }),
        }
        for (const [figure, pick] of Object.entries(FIGURES)) samples[name][figure].push(...pick(measured))
        log(`  round ${round}, ${name}: first row ${measured.load.firstRowPainted.median} ms, Create ${measured.firstOpen.median} ms, filter ${measured.interactions.filter.median} ms, status ${measured.interactions.statusToggle.median} ms, Next ${measured.interactions.next.median} ms, phone Next ${measured.interactions.phoneNext?.median} ms`)
      }
    }
    const [a, b] = Object.keys(builds)
    const result = Object.fromEntries(Object.keys(FIGURES).map((f) => [f, { [a]: stats(samples[a][f]), [b]: stats(samples[b][f]) }]))
    log(`\n| figure (median of every sample, range) | ${a} | ${b} | change |\n| --- | --- | --- | --- |`)
    for (const [figure, by] of Object.entries(result)) {
      const show = (s) => `${s.median} ms (${s.min}–${s.max}, n=${s.n})`
      const change = ((by[b].median - by[a].median) / by[a].median) * 100
      log(`| ${figure} | ${show(by[a])} | ${show(by[b])} | ${change > 0 ? '+' : ''}${change.toFixed(0)} % |`)
    }
    await mkdir(join(root, 'bench-results'), { recursive: true })
    const file = join(root, 'bench-results', `compare-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
    await writeFile(file, JSON.stringify({ rev, sha, rounds: ROUNDS, chromium: browser.version(), loadAverageAtEnd: loadavg()[0], result }, null, 2))
    log(`JSON: ${file}`)
  } finally {
    await browser?.close()
    for (const server of servers) await server.close()
    spawnSync('git', ['worktree', 'remove', '--force', tree], { cwd: root })
    await rm(work, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
