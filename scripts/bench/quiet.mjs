// "Quiet machine": how busy the CPUs are right now (from /proc/stat), and a bounded wait for quiet.
import { readdir, readFile } from 'node:fs/promises'
import { sleep } from './probe.mjs'

async function cpuTimes() {
  try {
    const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0]
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number)
    return { busy: user + nice + system + irq + softirq + steal, total: user + nice + system + idle + iowait + irq + softirq + steal }
  } catch {
    return null // not Linux: no measurement
  }
}

/** Fraction (0..1) of all CPU time spent busy over `ms`, or null where /proc/stat is missing. */
export async function cpuBusy(ms = 1000) {
  const a = await cpuTimes()
  await sleep(ms)
  const b = await cpuTimes()
  if (!a || !b || b.total === a.total) return null
  return (b.busy - a.busy) / (b.total - a.total)
}

/**
 * Waits (up to maxWaitMs) until the CPUs are under `threshold` busy for one second.
 * @returns {Promise<{ busy: number | null, waitedMs: number, quiet: boolean }>}
 */
export async function waitForQuiet({ threshold = 0.25, maxWaitMs = 90_000, log = console.log } = {}) {
  const started = Date.now()
  let busy = await cpuBusy()
  let announced = false
  while (busy !== null && busy >= threshold && Date.now() - started < maxWaitMs) {
    if (!announced) log(`  CPUs ${(busy * 100).toFixed(0)} % busy (other work on this machine); waiting up to ${maxWaitMs / 1000} s for quiet…`)
    announced = true
    busy = await cpuBusy()
  }
  const quiet = busy === null || busy < threshold
  if (!quiet) log(`  still ${(busy * 100).toFixed(0)} % busy; measuring anyway — timings may be inflated`)
  return { busy, waitedMs: Date.now() - started, quiet }
}

/** CPU ticks used by this process and all its descendants, including reaped ones (cutime/cstime). */
async function ownTicks() {
  const procs = new Map()
  for (const pid of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(pid)) continue
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null)
    if (!stat) continue
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ') // fields from 3 (state) on
    procs.set(Number(pid), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) })
  }
  let total = 0
  const mine = new Set([process.pid])
  for (let grew = true; grew; ) {
    grew = false
    for (const [pid, p] of procs) if (!mine.has(pid) && mine.has(p.ppid)) { mine.add(pid); grew = true }
  }
  for (const pid of mine) total += procs.get(pid)?.ticks ?? 0
  return total
}

/**
 * Starts watching the CPUs; stop() tells what fraction of all CPU time went to work that is not
 * this bench (Node + its Chromium) over the interval, and whether that counts as quiet.
 */
export async function watchCpu(threshold = 0.25) {
  const [sys0, own0] = [await cpuTimes(), await ownTicks()]
  return async () => {
    const [sys1, own1] = [await cpuTimes(), await ownTicks()]
    if (!sys0 || !sys1 || sys1.total === sys0.total) return { othersBusy: null, quiet: true }
    const othersBusy = Math.max(0, (sys1.busy - sys0.busy - (own1 - own0)) / (sys1.total - sys0.total))
    return { othersBusy, quiet: othersBusy < threshold }
  }
}
