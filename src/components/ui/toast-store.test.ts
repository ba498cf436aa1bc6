import { createToastStore, type ToastStore } from './toast-store'

let store: ToastStore
beforeEach(() => {
  store = createToastStore()
})

const undo = () => ({ label: 'Undo', onClick: vi.fn<() => void>() })
const find = (id: number) => store.get().find((t) => t.id === id)

describe('setActionReason', () => {
  it('disables that toast action with its reason, and leaves the others alone', () => {
    const first = store.success('Alpha suspended', { action: undo() })
    const second = store.success('Beta suspended', { action: undo() })
    store.setActionReason(first, 'Alpha has changed since then')
    expect(find(first)?.action?.disabledReason).toBe('Alpha has changed since then')
    expect(find(first)?.action?.label).toBe('Undo')
    expect(find(second)?.action?.disabledReason).toBeUndefined()
  })

  it('replaces the reason, makes the action usable again with none, and does nothing for a toast without an action or one that has gone', () => {
    const id = store.success('Alpha suspended', { action: undo() })
    store.setActionReason(id, 'Available in 30 s')
    store.setActionReason(id, 'Alpha was deleted')
    expect(find(id)?.action?.disabledReason).toBe('Alpha was deleted')
    store.setActionReason(id, undefined)
    expect(find(id)?.action).not.toHaveProperty('disabledReason')

    const plain = store.info('Copied')
    const before = store.get()
    store.setActionReason(plain, 'no action to disable')
    store.setActionReason(9999, 'no such toast')
    expect(store.get()).toBe(before)
    expect(find(plain)?.action).toBeUndefined()
  })
})

describe('whenToastGone', () => {
  it('calls back once when the toast is dismissed, not for other toasts', () => {
    const id = store.success('Alpha suspended', { action: undo() })
    const other = store.info('Beta')
    const gone = vi.fn<() => void>()
    store.whenGone(id, gone)
    store.dismiss(other)
    expect(gone).not.toHaveBeenCalled()
    store.dismiss(id)
    store.info('Gamma')
    expect(gone).toHaveBeenCalledTimes(1)
  })

  it('calls back when the toast is pushed out by newer ones (five at most)', () => {
    const id = store.success('Alpha suspended', { action: undo() })
    const gone = vi.fn<() => void>()
    store.whenGone(id, gone)
    for (let i = 0; i < 4; i++) store.info(`News ${i}`)
    expect(gone).not.toHaveBeenCalled()
    store.info('The sixth')
    expect(gone).toHaveBeenCalledTimes(1)
    expect(find(id)).toBeUndefined()
  })

  it('stops listening when unsubscribed', () => {
    const id = store.success('Alpha suspended', { action: undo() })
    const gone = vi.fn<() => void>()
    store.whenGone(id, gone)()
    store.dismiss(id)
    expect(gone).not.toHaveBeenCalled()
  })
})

describe('createToastStore', () => {
  it('gives each app its own toasts', () => {
    const other = createToastStore()
    store.success('Alpha suspended')
    expect(store.get()).toHaveLength(1)
    expect(other.get()).toEqual([])
  })
})

describe('undoNewest (the z shortcut)', () => {
  it('runs the newest Undo still usable, once, and takes its toast away', () => {
    const older = undo()
    const newer = undo()
    const newest = undo()
    const first = store.success('Alpha suspended', { action: older })
    store.success('Beta suspended', { action: newer })
    const third = store.success('Gamma suspended', { action: newest })
    store.info('ID copied')
    store.setActionReason(third, 'Gamma has changed since then')
    expect(store.undoNewest()).toEqual({ undone: true })
    expect(newer.onClick).toHaveBeenCalledOnce()
    expect(newest.onClick).not.toHaveBeenCalled()
    expect(store.get().map((t) => t.title)).toEqual(['Alpha suspended', 'Gamma suspended', 'ID copied'])
    expect(store.undoNewest()).toEqual({ undone: true })
    expect(older.onClick).toHaveBeenCalledOnce()
    expect(find(first)).toBeUndefined()
    // Only the disabled one is left: nothing to undo, and why.
    expect(store.undoNewest()).toEqual({ undone: false, unavailable: 'Gamma has changed since then' })
    expect(newest.onClick).not.toHaveBeenCalled()
  })

  it('runs no other action than Undo', () => {
    const retry = { label: 'Retry', onClick: vi.fn<() => void>() }
    store.error('Could not suspend', { action: retry })
    expect(store.undoNewest()).toEqual({ undone: false, unavailable: null })
    expect(retry.onClick).not.toHaveBeenCalled()
  })
})
