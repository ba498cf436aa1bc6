// The production demo build every bench command measures, into a directory of its own so dist/
// (which e2e serves) is untouched.
import { spawnSync } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Builds the app in `cwd` (this checkout unless told otherwise) into `outDir`, with this checkout's
 * vite. Returns how long the build took, in ms.
 * @param {string} outDir
 * @param {{ cwd?: string, quiet?: boolean }} [options] quiet: keep vite's output unless it fails
 */
export function buildDemo(outDir, { cwd = root, quiet = false } = {}) {
  const started = Date.now()
  const vite = join(root, 'node_modules/vite/bin/vite.js')
  const r = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd,
    encoding: 'utf8',
    stdio: quiet ? 'pipe' : 'inherit',
    env: { ...process.env, VITE_ENABLE_DEMO: 'true', NODE_ENV: 'production' },
  })
  if (r.status !== 0) throw new Error(`vite build failed in ${cwd} (exit ${r.status})${quiet ? `:\n${r.stderr}` : ''}`)
  return Date.now() - started
}
