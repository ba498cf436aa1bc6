import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { BOLD_ICON_NAMES, ICON_NAMES } from './icon-names'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const css = readFileSync(new URL('../../styles/icons.css', import.meta.url), 'utf8')

/** The app's own source files, without the generated names and the tests. */
function sourceFiles(): { path: string; text: string }[] {
  return readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path) && !path.endsWith('icon-names.ts'))
    .map((path) => ({ path, text: readFileSync(`${root}src/${path}`, 'utf8') }))
}

describe('the icon set', () => {
  it('is what scripts/gen-icons.mjs writes from its list (`npm run icons` when this fails)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/gen-icons.mjs', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow()
  })

  it('draws exactly the listed icons, and the bold ones bold, each from a cell of its own', () => {
    const cells = [...css.matchAll(/^ {2}\.icon-([a-z0-9-]+)(\.icon-bold)? \{ --icon-x: ([\d.]+)%; --icon-y: ([\d.]+)%; \}$/gm)]
    expect(cells.filter((match) => !match[2]).map((match) => match[1])).toEqual([...ICON_NAMES])
    expect(cells.filter((match) => match[2]).map((match) => match[1])).toEqual([...BOLD_ICON_NAMES])
    // Eight columns; a cell's position is its column and row in percent of what is left over.
    const rows = Math.ceil(cells.length / 8)
    const expected = cells.map((_, i) => [(i % 8) / 7, Math.floor(i / 8) / (rows - 1)].map((fraction) => Number((fraction * 100).toFixed(4))))
    expect(cells.map((match) => [Number(match[3]), Number(match[4])])).toEqual(expected)
    const mask = /^ {2}\.icon \{.*mask: (.*);/m.exec(css)?.[1] ?? ''
    expect(mask).toBe(`image-set(url("./icons-48.png") 2x, url("./icons-72.png") 3x, url("./icons-96.png") 4x) var(--icon-x) var(--icon-y) / 800% ${rows * 100}% no-repeat`)
  })

  it('has every name the source gives an <Icon>, and no name the source does not use', () => {
    const files = sourceFiles()
    const written = files.flatMap(({ text }) => [...text.matchAll(/<Icon\b[^>]*?\bname="([^"]+)"/g)].map((match) => match[1]))
    expect(written.length).toBeGreaterThan(20)
    expect(written.filter((name) => !(ICON_NAMES as readonly (string | undefined)[]).includes(name))).toEqual([])
    const users = files.filter(({ text }) => /from '[^']*\/icon'/.test(text))
    const unused = ICON_NAMES.filter((name) => !users.some(({ text }) => text.includes(`'${name}'`) || text.includes(`"${name}"`)))
    expect(unused).toEqual([])
  })

  it('shows in forced colours, in the forced colour of the text beside it', () => {
    const forced = /@media \(forced-colors: active\) \{\n(.*\n)*? {2}\}/.exec(css)?.[0] ?? ''
    expect(forced).toContain('.icon { forced-color-adjust: none; color: inherit !important; }')
    expect(forced).toContain('.icon { forced-color-adjust: preserve-parent-color; }')
  })
})
