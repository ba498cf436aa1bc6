// `npm test`: every check in order (types, lint, unit, e2e), then one line summing them all.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { e2ePortsEnv } from './e2e-ports.mjs'

const out = mkdtempSync(join(tmpdir(), 'coval-tests-'))
const totals = { passed: 0, failed: 0, skipped: 0 }

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

function count(label, ok, passed, failed, skipped = 0) {
  // A suite that crashed before reporting still counts as one failure.
  if (!ok && failed === 0) failed = 1
  totals.passed += passed
  totals.failed += failed
  totals.skipped += skipped
  console.log(`  ${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
}

const typesOk = run('types', 'npx', ['tsc', '-b'])
count('types', typesOk, typesOk ? 1 : 0, typesOk ? 0 : 1)

const lintOk = run('lint', 'npx', ['oxlint', '--deny-warnings'])
count('lint', lintOk, lintOk ? 1 : 0, lintOk ? 0 : 1)

const unitFile = join(out, 'unit.json')
const unitOk = run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitFile}`])
const unit = readJson(unitFile)
count('unit', unitOk, unit?.numPassedTests ?? 0, unit?.numFailedTests ?? 0, (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0))

const e2eFile = join(out, 'e2e.json')
const ports = await e2ePortsEnv()
if (Object.keys(ports).length > 0) console.log(`\n  A default e2e port is taken on this machine; using ${Object.entries(ports).map(([name, port]) => `${name}=${port}`).join(', ')}`)
const e2eOk = run('e2e', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile, ...ports })
const e2e = readJson(e2eFile)?.stats
count('e2e', e2eOk, e2e?.expected ?? 0, (e2e?.unexpected ?? 0) + (e2e?.flaky ?? 0), e2e?.skipped ?? 0)

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : ''
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`)
process.exit(totals.failed === 0 && typesOk && lintOk && unitOk && e2eOk ? 0 : 1)
