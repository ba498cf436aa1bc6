import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The e2e suite waits on state, never on time (Playwright's retries stay 0). Two ways a spec can
// break that rule without a timer, each a flake found under load, are caught here before a run.

const e2eDir = fileURLToPath(new URL('../../e2e/', import.meta.url))
const specs = readdirSync(e2eDir).filter((f) => f.endsWith('.ts'))
const source = (file: string) => readFileSync(e2eDir + file, 'utf8')

/** A statement that makes the page do something (its effect may land a task later). */
const ACTION = /\.(click|press|fill|type|check|uncheck|tap|selectOption|dispatchEvent)\(|\bchooseWithArrows\(/
/** A one-time, non-retrying read of the address: right after an action it races the action's effect. */
const ADDRESS_READ_ONCE = /^expect\((urlParams\(|page\.url\(\)|new URL\(page\.url\(\)\))/

/** Lines where an action is followed directly by a single read of the address. */
function addressReadsRacingAnAction(text: string): number[] {
  const lines = text.split('\n').map((l) => l.trim())
  const found: number[] = []
  lines.forEach((line, i) => {
    if (!ADDRESS_READ_ONCE.test(line)) return
    let before = i - 1
    while (before >= 0 && /^(\/\/.*)?$/.test(lines[before] ?? '')) before--
    if (ACTION.test(lines[before] ?? '')) found.push(i + 1)
  })
  return found
}

describe('e2e specs wait on state', () => {
  it('never sleep', () => {
    const sleeping = specs.filter((f) => /waitForTimeout\(/.test(source(f)))
    expect(sleeping).toEqual([])
  })

  it('read the address after an action with expect.poll or toHaveURL, not once', () => {
    // The command palette runs its command a task after its dialog has gone (radix gives focus back in a
    // setTimeout), so a single read right after choosing saw the old address on a busy machine.
    const racing = specs.flatMap((f) => addressReadsRacingAnAction(source(f)).map((line) => `${f}:${line}`))
    expect(racing).toEqual([])
  })

  it('the check finds the pattern it is for, and passes what waits', () => {
    const racy = "await chooseWithArrows(page, option)\n  // applied\n  expect(urlParams(page)).toEqual({ env: 'PRODUCTION' })"
    const polled = "await chooseWithArrows(page, option)\n  await expect.poll(() => urlParams(page)).toEqual({ env: 'PRODUCTION' })"
    const afterState = "await button.click()\n  await expect(button).toHaveAttribute('aria-pressed', 'true')\n  expect(urlParams(page)).toEqual({})"
    expect(addressReadsRacingAnAction(racy)).toEqual([3])
    expect(addressReadsRacingAnAction(polled)).toEqual([])
    expect(addressReadsRacingAnAction(afterState)).toEqual([])
  })
})
