import { keyActionHint, matchRank, matchesText, movedIndex, paletteActions, paletteSections, type ActionContext, type PaletteItem } from './palette-items'

const here: ActionContext = { path: '/', mode: 'demo', demoAvailable: true, theme: 'system', touchPhone: false }
const labels = (context: Partial<ActionContext>) => paletteActions({ ...here, ...context }).map((item) => item.label)

describe('paletteActions', () => {
  it('offers Export and Reset demo data only where they apply', () => {
    expect(labels({})).toEqual(expect.arrayContaining(['Create key', 'Export this view', 'Audit overview', 'Connect to API', 'Reset demo data']))
    expect(labels({ path: '/audit' })).not.toContain('Export this view')
    expect(labels({ path: '/audit' })).not.toContain('Audit overview')
    expect(labels({ mode: 'connected' })).not.toContain('Reset demo data')
  })

  it('offers Disconnect when connected and Connect otherwise', () => {
    expect(labels({ mode: 'connected' })).toEqual(expect.arrayContaining(['Disconnect', 'Use demo data']))
    expect(labels({ mode: 'connected' })).not.toContain('Connect to API')
    expect(labels({ mode: 'disconnected' })).not.toContain('Create key')
  })

  it('offers Keyboard shortcuts on the keys page, but not on a touch phone, which hides them', () => {
    expect(labels({})).toContain('Keyboard shortcuts')
    expect(labels({ touchPhone: true })).not.toContain('Keyboard shortcuts')
  })

  it('offers every theme but the current one', () => {
    expect(labels({ theme: 'dark' }).filter((label) => label.includes('theme'))).toEqual(['Use the light theme', 'Use the system theme'])
  })
})

describe('matchesText', () => {
  const item = { label: 'Audit overview', keywords: 'stale rotation' }
  it('matches every typed word in the label or keywords, in any case', () => {
    expect(matchesText(item, '')).toBe(true)
    expect(matchesText(item, 'AUDIT')).toBe(true)
    expect(matchesText(item, 'aud stale')).toBe(true)
    expect(matchesText(item, 'audit export')).toBe(false)
  })
})

describe('paletteSections', () => {
  const entry = (id: string, group: PaletteItem['group'], label: string): PaletteItem => ({ id, group, label, command: id })
  it('groups in order, keeps keys as found and filters the rest by text', () => {
    const keys = [entry('k1', 'Keys', 'deploy bot')]
    const commands = [entry('a1', 'Actions', 'Create key'), entry('v1', 'Views', 'Production keys never used'), entry('v2', 'Views', 'All keys')]
    const sections = paletteSections(keys, commands, 'never')
    expect(sections.map((s) => [s.group, s.items.map((i) => i.id)])).toEqual([
      ['Keys', ['k1']],
      ['Views', ['v1']],
    ])
  })

  it('puts first the group with the best match, and better matches first in a group', () => {
    const keys = [entry('k1', 'Keys', 'Grafana exporter (us-east-1)'), entry('k2', 'Keys', 'Export job'), entry('k3', 'Keys', 'Grafana exporter (eu)')]
    const commands = [entry('a0', 'Actions', 'Create key'), entry('a1', 'Actions', 'Export this view')]
    // A key's name only has a word starting "export"; the action's name starts with it.
    expect(paletteSections(keys.filter((k) => k.id !== 'k2'), commands, 'export').map((s) => [s.group, s.items.map((i) => i.id)])).toEqual([
      ['Actions', ['a1']],
      ['Keys', ['k1', 'k3']],
    ])
    // A tie goes to the palette's own commands: a key named "Export job" does not take Enter from Export.
    // In a group, a name starting with the text goes above the others, which keep the server's order.
    expect(paletteSections(keys, commands, 'export').map((s) => [s.group, s.items.map((i) => i.id)])).toEqual([
      ['Actions', ['a1']],
      ['Keys', ['k2', 'k1', 'k3']],
    ])
    expect(paletteSections([entry('k5', 'Keys', 'Audit log shipper')], [entry('a2', 'Actions', 'Audit overview')], 'audit').map((s) => s.group)).toEqual(['Actions', 'Keys'])
    // A key found by its id or last four (its name does not hold them) is an exact match.
    expect(paletteSections([entry('k4', 'Keys', 'Billing')], [entry('v1', 'Views', 'Views of x9f2')], 'x9f2').map((s) => s.group)).toEqual(['Keys', 'Views'])
    // Nothing typed: every group in its own order.
    expect(paletteSections(keys, commands, '').map((s) => s.group)).toEqual(['Keys', 'Actions'])
  })
})

describe('matchRank', () => {
  it('ranks a name starting with the text, then a word starting with it, then the text inside, then the rest', () => {
    expect(matchRank('Export this view', 'EXPORT')).toBe(0)
    expect(matchRank('Grafana exporter (us-east-1)', 'export')).toBe(1)
    expect(matchRank('ci-deploy-bot', 'deploy')).toBe(1)
    expect(matchRank('Reexport', 'export')).toBe(2)
    expect(matchRank('Audit overview', 'stale')).toBe(3)
    expect(matchRank('Anything', '  ')).toBe(0)
  })
})

describe('movedIndex', () => {
  it('wraps at both ends and starts from the first or last', () => {
    expect(movedIndex(-1, 1, 3)).toBe(0)
    expect(movedIndex(-1, -1, 3)).toBe(2)
    expect(movedIndex(2, 1, 3)).toBe(0)
    expect(movedIndex(0, -1, 3)).toBe(2)
    expect(movedIndex(0, 1, 0)).toBe(-1)
  })
})

describe('keyActionHint', () => {
  it('says where key actions are when the text asks for one, in any case and beside other words', () => {
    for (const text of ['revoke', 'Delete staging key', 'SUSPEND', 'rotate ci', 'disable', 'remove old keys']) {
      expect(keyActionHint(text)).toMatch(/^Suspend, reactivate, rotate, revoke and delete are on each key: type part of its name to go to it/)
    }
  })

  it('says nothing for other text, or for an action word inside another word', () => {
    for (const text of ['', 'ci deploys', 'rotation', 'undeleted', 'production keys never used']) expect(keyActionHint(text)).toBeNull()
  })
})
