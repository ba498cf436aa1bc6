import { Icon } from './icon'
import { Component, Suspense, createContext, createRef, use, type ComponentType, type ReactNode } from 'react'
import { importAgain } from '../../lib/import-again'
import { FailedToLoad } from './failed-to-load'
import { Button } from './button'

export interface LazyBoundaryProps {
  /** What failed to load, for the message: "the demo settings". */
  what: string
  /** Offers to give up as well, e.g. to close a dialog that could not load. */
  onDismiss?: () => void
  /** Told when the region failed to load, and when Retry tries again. */
  onError?: () => void
  onRetry?: () => void
  /**
   * The part was just asked for by a press (a menu's button): if it fails while nothing has focus
   * (a pointer press need not focus the button), focus goes to Retry.
   */
  asked?: boolean
  /** The part takes the focus as it opens (a dialog): failing, its Retry takes it instead. */
  takesFocus?: boolean
  /** Shown while loading; nothing by default. */
  fallback?: ReactNode
  children: ReactNode
}

interface LazyBoundaryState {
  failed: boolean
  /** Goes up on each Retry: what tells lazyWithRetry to load again rather than fail again. */
  attempt: number
}

/** How many times the nearest LazyBoundary's Retry was pressed: a load keyed by it starts again on each. */
export const Attempt = createContext(0)
// Each boundary, and each Retry, gets a new attempt: a part mounted again after a failure loads again.
// Module-level on purpose: attempts name module URLs (`?retry=N`) in the browser's one module map; no per-session data.
let attempts = 0

/**
 * Suspends while a lazily loaded region loads, and when it fails (a chunk lost to the network, or
 * gone after a redeploy) says so in its place and offers Retry, which renders it again, and a
 * reload: use it with lazyWithRetry, or lazyPart, which does both.
 */
export class LazyBoundary extends Component<LazyBoundaryProps, LazyBoundaryState> {
  override state: LazyBoundaryState = { failed: false, attempt: ++attempts }

  private readonly retryButton = createRef<HTMLButtonElement>()
  /**
   * What had focus when the part failed (the control that asked for it, or something inside what
   * the failure replaced), or the Retry pressed before it failed again: if it goes, focus goes to Retry.
   */
  private focusOwed: Element | null = null

  static getDerivedStateFromError(): Partial<LazyBoundaryState> {
    return { failed: true }
  }

  override componentDidCatch(): void {
    this.props.onError?.()
  }

  // Read before the failure replaces the part, while what had focus in it is still there.
  override getSnapshotBeforeUpdate(_props: LazyBoundaryProps, before: LazyBoundaryState): Element | null {
    return !before.failed && this.state.failed ? document.activeElement : null
  }

  override componentDidMount(): void {
    if (this.state.failed) this.owe(document.activeElement)
  }

  override componentDidUpdate(_props: LazyBoundaryProps, _state: LazyBoundaryState, focused: Element | null): void {
    if (focused) this.owe(focused)
    // Every render while failed: onError's owner may take away the control that asked (a menu's button) a render later.
    if (this.state.failed) this.keepFocus()
  }

  /** At a failure: what had focus gets it back on Retry should it go; a part just asked for takes it from <body>. */
  private owe(focused: Element | null): void {
    if (this.props.takesFocus) {
      this.focusOwed = null
      this.retryButton.current?.focus()
    } else if (!isNowhere(focused)) this.focusOwed = focused
    else if (this.props.asked && !this.focusOwed && isNowhere(document.activeElement)) this.retryButton.current?.focus()
    this.keepFocus()
  }

  /** Focus that fell to <body> when what held it went goes to Retry, not to the top of the page. */
  private keepFocus(): void {
    const owed = this.focusOwed
    if (!owed || document.activeElement === owed) return
    this.focusOwed = null
    if (!owed.isConnected && isNowhere(document.activeElement)) this.retryButton.current?.focus()
  }

  override render(): ReactNode {
    const { what, onDismiss, fallback = null, children } = this.props
    const { failed, attempt } = this.state
    if (!failed) {
      return (
        <Attempt value={attempt}>
          <Suspense fallback={fallback}>{children}</Suspense>
        </Attempt>
      )
    }
    return (
      <div role="alert" className="flex flex-wrap items-center gap-2 rounded-md border border-red-300 bg-red-50 px-2.5 py-1.5 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
        <Icon name="circle-alert" className="size-4 shrink-0" />
        <FailedToLoad what={what}>
          <Button ref={this.retryButton} size="sm" onClick={(event) => {
              // A Retry that fails again keeps the focus it had.
              if (document.activeElement === event.currentTarget) this.focusOwed = event.currentTarget
              this.setState({ failed: false, attempt: ++attempts })
              this.props.onRetry?.()
            }}>
            <Icon name="rotate-ccw" className="size-4" />
            Retry
          </Button>
        </FailedToLoad>
        {onDismiss && (
          <Button size="icon" variant="ghost" aria-label="Dismiss" onClick={onDismiss}>
            <Icon name="x" className="size-4" />
          </Button>
        )}
      </div>
    )
  }
}

/** Focus on nothing in particular: where it falls when what had it goes. */
const isNowhere = (element: Element | null): boolean => element === null || element === document.body

interface Load<P> {
  attempt: number
  promise: Promise<ComponentType<P>>
  /** Why it failed, once it has. */
  error?: unknown
  /** Once loaded: rendered at once, with no Suspense (whose reveal React holds back a few hundred ms). */
  loaded?: ComponentType<P>
}

export interface LazyExtras {
  preload: () => Promise<void>
  /** Whether its code is here: a part closed before it ever loaded need not stay mounted. */
  isLoaded: () => boolean
}

/**
 * Like React.lazy, which remembers a failed load for good, but inside a LazyBoundary a Retry
 * loads it again. `load` imports the module, `pick` takes the component from it. Call it at
 * module level, as React.lazy. `preload()` starts the load early (a page the URL names at start),
 * so the first render needs no Suspense at all.
 */
export function lazyWithRetry<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): ComponentType<P> & LazyExtras {
  let current: Load<P> | null = null
  // The same promise until it fails and a later attempt asks again; a success is kept for good.
  const loadFor = (attempt: number): Promise<ComponentType<P>> => {
    if (current === null || (current.error !== undefined && current.attempt !== attempt)) {
      // A browser may keep a failed module for the page's life: importAgain asks under a new URL.
      const module = current?.error === undefined ? load() : importAgain(load, current.error)
      const next: Load<P> = { attempt, promise: module.then(pick) }
      next.promise.then(
        (component) => {
          next.loaded = component
          // React's own marks on a settled promise: use() then returns at once instead of suspending.
          Object.assign(next.promise, { status: 'fulfilled', value: component })
        },
        (error: unknown) => {
          next.error = error ?? new Error('The module did not load')
          Object.assign(next.promise, { status: 'rejected', reason: next.error })
        },
      )
      current = next
    }
    return current.promise
  }
  function LazyComponent(props: P) {
    const attempt = use(Attempt)
    // Always use(), even once loaded (it returns at once then): a render that suspended and is
    // replayed must call the same hooks, or React warns of a conditional use().
    const Loaded = use(loadFor(attempt))
    return <Loaded {...props} />
  }
  // Settles once loaded (or failed), so a test can render it without suspending.
  return Object.assign(LazyComponent, { preload: () => loadFor(0).then(() => undefined, () => undefined), isLoaded: () => current?.loaded !== undefined })
}

/**
 * A lazily loaded part in its own LazyBoundary: loading shows `fallback`, a failure says it could
 * not load `what` in the part's place. `dismiss` picks the prop that closes it (a dialog's cancel).
 */
export function lazyPart<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  what: string,
  { dismiss, fallback }: { dismiss?: (props: P) => (() => void) | undefined; fallback?: ReactNode } = {},
): ComponentType<P> & LazyExtras {
  const Lazy = lazyWithRetry(load, pick)
  function Part(props: P) {
    return (
      <LazyBoundary what={what} onDismiss={dismiss?.(props)} takesFocus={dismiss !== undefined} fallback={fallback}>
        <Lazy {...props} />
      </LazyBoundary>
    )
  }
  return Object.assign(Part, { preload: Lazy.preload, isLoaded: Lazy.isLoaded })
}
