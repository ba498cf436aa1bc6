import { parseListView } from './list-view'
import { PRESET_VIEWS } from './preset-views'

const hrefOf = (id: string) => PRESET_VIEWS.find((view) => view.id === id)?.href

describe('the preset views', () => {
  it('link to the keys page with the view in the URL', () => {
    expect(hrefOf('production-never-used')).toBe('/?env=PRODUCTION&used=never')
    expect(hrefOf('rotation-due')).toBe('/?status=ACTIVE&created=90')
    expect(hrefOf('unused-90d')).toBe('/?used=unused_90d')
    expect(hrefOf('used-24h')).toBe('/?used=used_24h')
    expect(hrefOf('all')).toBe('/')
  })

  it('read back as the views they name', () => {
    const rotation = parseListView(new URLSearchParams(hrefOf('rotation-due')?.slice(2)))
    expect(rotation).toMatchObject({ statuses: ['ACTIVE'], createdOver: 90, page: 1 })
  })
})
