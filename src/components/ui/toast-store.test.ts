import { disableToastAction, dismissToast, getToasts, toast, whenToastGone } from './toast-store'

afterEach(() => {
  for (const { id } of getToasts()) dismissToast(id)
})

const undo = () => ({ label: 'Undo', onClick: vi.fn<() => void>() })
const find = (id: number) => getToasts().find((t) => t.id === id)

describe('disableToastAction', () => {
  it('disables that toast action with its reason, and leaves the others alone', () => {
    const first = toast.success('Alpha suspended', { action: undo() })
    const second = toast.success('Beta suspended', { action: undo() })
    disableToastAction(first, 'Alpha has changed since')
    expect(find(first)?.action?.disabledReason).toBe('Alpha has changed since')
    expect(find(first)?.action?.label).toBe('Undo')
    expect(find(second)?.action?.disabledReason).toBeUndefined()
  })

  it('keeps the first reason, and does nothing for a toast without an action or one that has gone', () => {
    const id = toast.success('Alpha suspended', { action: undo() })
    disableToastAction(id, 'Alpha has changed since')
    disableToastAction(id, 'Alpha was deleted')
    expect(find(id)?.action?.disabledReason).toBe('Alpha has changed since')

    const plain = toast.info('Copied')
    const before = getToasts()
    disableToastAction(plain, 'no action to disable')
    disableToastAction(9999, 'no such toast')
    expect(getToasts()).toBe(before)
    expect(find(plain)?.action).toBeUndefined()
  })
})

describe('whenToastGone', () => {
  it('calls back once when the toast is dismissed, not for other toasts', () => {
    const id = toast.success('Alpha suspended', { action: undo() })
    const other = toast.info('Beta')
    const gone = vi.fn<() => void>()
    whenToastGone(id, gone)
    dismissToast(other)
    expect(gone).not.toHaveBeenCalled()
    dismissToast(id)
    toast.info('Gamma')
    expect(gone).toHaveBeenCalledTimes(1)
  })

  it('calls back when the toast is pushed out by newer ones (five at most)', () => {
    const id = toast.success('Alpha suspended', { action: undo() })
    const gone = vi.fn<() => void>()
    whenToastGone(id, gone)
    for (let i = 0; i < 4; i++) toast.info(`News ${i}`)
    expect(gone).not.toHaveBeenCalled()
    toast.info('The sixth')
    expect(gone).toHaveBeenCalledTimes(1)
    expect(find(id)).toBeUndefined()
  })

  it('stops listening when unsubscribed', () => {
    const id = toast.success('Alpha suspended', { action: undo() })
    const gone = vi.fn<() => void>()
    whenToastGone(id, gone)()
    dismissToast(id)
    expect(gone).not.toHaveBeenCalled()
  })
})
