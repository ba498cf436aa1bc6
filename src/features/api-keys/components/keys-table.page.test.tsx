import { screen, waitFor, within } from '@testing-library/react'
import { startMockApiServer } from '../../../test/mock-api-server'
import { renderApp, urlParams } from '../../../test/render-app'
import { bodyRows, columnTexts, expectRange, filterOption, filters, keysTable, pagination, shownIds, SLOW } from '../../../test/keys-table-queries'

const mock = startMockApiServer()

// Whole-page tests over a real (mock) server: each step waits for what the page shows.
vi.setConfig({ testTimeout: 60_000 })

const countOf = (where: (key: ReturnType<typeof mock.store.all>[number]) => boolean) => mock.store.all().filter(where).length

describe('the keys page over the mock API', () => {
  it('shows the first 20 of the 320 seeded keys, newest first, with the count', async () => {
    await renderApp()
    await expectRange('1–20 of 320')
    expect(screen.getByText('320 keys', { exact: true })).toBeInTheDocument()
    const newest = [...mock.store.all()].sort((a, b) => b.create_time.localeCompare(a.create_time)).slice(0, 20)
    expect(shownIds()).toEqual(newest.map((key) => key.id))
  })

  it('the Environment and Status filters narrow the rows and say so in the URL; Reset filters undoes both', async () => {
    const { user } = await renderApp()
    await expectRange('1–20 of 320')

    await user.click(filterOption('Environment', 'Staging'))
    const staging = countOf((k) => k.environment === 'STAGING')
    await expectRange(`1–20 of ${staging}`)
    expect(new Set(columnTexts('Environment'))).toEqual(new Set(['Staging']))
    expect(urlParams()).toEqual({ env: 'STAGING' })

    await user.click(filterOption('Status', 'Suspended'))
    const suspendedStaging = countOf((k) => k.environment === 'STAGING' && k.status === 'SUSPENDED')
    expect(suspendedStaging).toBeGreaterThan(0)
    await waitFor(() => expect(screen.getByText(`${suspendedStaging} keys match`, { exact: true })).toBeInTheDocument(), SLOW)
    expect(new Set(columnTexts('Status'))).toEqual(new Set(['Suspended']))
    expect(urlParams()).toEqual({ env: 'STAGING', status: 'SUSPENDED' })

    await user.click(within(filters()).getByRole('button', { name: 'Reset filters' }))
    await expectRange('1–20 of 320')
    expect(urlParams()).toEqual({})
    expect(filterOption('Environment', 'All environments')).toHaveAttribute('aria-pressed', 'true')
  })

  it('search by name narrows the rows to the keys whose name holds it, and puts it in the URL', async () => {
    const key = mock.store.all().find((k) => k.name && /^[A-Za-z][A-Za-z0-9 -]{3,}$/.test(k.name))
    if (!key?.name) throw new Error('No seeded key with a plain name')
    const term = key.name.split(' ')[0] ?? key.name
    const matching = mock.store.all().filter((k) => (k.name ?? '').toLowerCase().includes(term.toLowerCase()))
    const { user } = await renderApp()
    await expectRange('1–20 of 320')

    await user.type(within(filters()).getByRole('searchbox', { name: /^Search keys by name/ }), term)
    // A shorter prefix may match the same keys: wait for the whole term to reach the URL first.
    await waitFor(() => expect(urlParams()).toEqual({ q: term }), SLOW)
    await waitFor(() => expect(screen.getByText(`${matching.length} ${matching.length === 1 ? 'key' : 'keys'} match`, { exact: true })).toBeInTheDocument(), SLOW)
    await waitFor(() => expect(keysTable()).toHaveAttribute('aria-busy', 'false'), SLOW)
    const ids = new Set(matching.map((k) => k.id))
    expect(shownIds().every((id) => ids.has(id))).toBe(true)
    expect(bodyRows()).toHaveLength(Math.min(matching.length, 20))
    for (const name of columnTexts('Name')) expect(name.toLowerCase()).toContain(term.toLowerCase())
    expect(urlParams()).toEqual({ q: term })
  })

  it('a pasted link opens that view: production keys, 10 to a page (in the dark theme)', async () => {
    await renderApp({ url: '/?env=PRODUCTION&size=10', theme: 'dark' })
    expect(document.documentElement).toHaveClass('dark')
    expect(screen.getByRole('button', { name: /^Dark theme/ })).toBeInTheDocument()
    const production = countOf((k) => k.environment === 'PRODUCTION')
    await expectRange(`1–10 of ${production}`)
    expect(bodyRows()).toHaveLength(10)
    expect(new Set(columnTexts('Environment'))).toEqual(new Set(['Production']))
  })
})

describe('paging', () => {
  it('Next and Previous step through pages, with the range text, the rows and the URL', async () => {
    const { user } = await renderApp()
    await expectRange('1–20 of 320')
    const first = shownIds()
    const next = within(pagination()).getByRole('button', { name: 'Next' })
    const previous = within(pagination()).getByRole('button', { name: 'Previous' })
    expect(previous).toHaveAttribute('aria-disabled', 'true')

    await user.click(next)
    await expectRange('21–40 of 320')
    const second = shownIds()
    expect(second).toHaveLength(20)
    expect(second.some((id) => first.includes(id))).toBe(false)
    expect(urlParams()).toMatchObject({ page: '2' })

    await user.click(within(pagination()).getByRole('button', { name: 'Previous' }))
    await expectRange('1–20 of 320')
    expect(shownIds()).toEqual(first)
    expect(urlParams()).toEqual({})
  })

  it('a new page size shows that many rows from page 1, and the URL keeps it', async () => {
    const { user } = await renderApp({ url: '/?page=2' })
    await expectRange('21–40 of 320')
    await user.selectOptions(within(pagination()).getByRole('combobox', { name: 'Rows per page' }), '50')
    await expectRange('1–50 of 320')
    expect(bodyRows()).toHaveLength(50)
    expect(urlParams()).toEqual({ size: '50' })
  })
})
