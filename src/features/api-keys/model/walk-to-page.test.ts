import { describe, expect, it, vi } from 'vitest'
import { walkToPage } from './walk-to-page'

type ReadPage = Parameters<typeof walkToPage>[2]

/** A list of `pages` pages whose tokens are "t2", "t3", …; records the pages read. */
function list(pages: number) {
  const read: number[] = []
  const readPage = vi.fn<ReadPage>(async ({ page }) => {
    read.push(page)
    return page < pages ? `t${page + 1}` : null
  })
  return { read, readPage }
}

describe('walkToPage', () => {
  it('reads forward from the first page to the token of the target page', async () => {
    const { read, readPage } = list(10)
    await expect(walkToPage({ page: 1, token: null }, 6, readPage)).resolves.toEqual({ page: 6, token: 't6' })
    expect(read).toEqual([1, 2, 3, 4, 5])
  })

  it('starts from the nearest known page, passing each page its own token', async () => {
    const { readPage } = list(10)
    await expect(walkToPage({ page: 4, token: 't4' }, 6, readPage)).resolves.toEqual({ page: 6, token: 't6' })
    expect(readPage.mock.calls.map(([position]) => position)).toEqual([
      { page: 4, token: 't4' },
      { page: 5, token: 't5' },
    ])
  })

  it('reads nothing when the start is the target', async () => {
    const { readPage } = list(10)
    await expect(walkToPage({ page: 3, token: 't3' }, 3, readPage)).resolves.toEqual({ page: 3, token: 't3' })
    expect(readPage).not.toHaveBeenCalled()
  })

  it('stops at the last page when the list ends before the target', async () => {
    const { read, readPage } = list(3)
    await expect(walkToPage({ page: 1, token: null }, 8, readPage)).resolves.toEqual({ page: 3, token: 't3' })
    expect(read).toEqual([1, 2, 3])
  })

  it('passes a failed read on, and stops there', async () => {
    const readPage = vi.fn<ReadPage>(async ({ page }) => {
      if (page === 3) throw new Error('503')
      return `t${page + 1}`
    })
    await expect(walkToPage({ page: 1, token: null }, 6, readPage)).rejects.toThrow('503')
    expect(readPage).toHaveBeenCalledTimes(3)
  })

  it('stops reading once aborted', async () => {
    const controller = new AbortController()
    const readPage = vi.fn<ReadPage>(async ({ page }) => {
      if (page === 2) controller.abort()
      return `t${page + 1}`
    })
    await expect(walkToPage({ page: 1, token: null }, 9, readPage, controller.signal)).rejects.toMatchObject({ name: 'AbortError' })
    expect(readPage).toHaveBeenCalledTimes(2)
  })
})
