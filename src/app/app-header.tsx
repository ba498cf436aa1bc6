import { FlaskConical, KeyRound, RotateCcw } from 'lucide-react'
import type { AppMode } from './start-mode'
import { ThemeToggle } from './theme-toggle'

export function AppHeader({ mode, onResetDemo }: { mode: AppMode; onResetDemo?: () => void }) {
  return (
    <header className="border-b border-zinc-200 bg-white/80 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/80">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-zinc-900">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3 px-4 py-3 sm:px-6">
        <div className="flex items-center gap-2 font-semibold">
          <KeyRound aria-hidden className="size-5 text-indigo-600 dark:text-indigo-400" />
          <span>Coval</span>
          <span className="text-zinc-400" aria-hidden>
            /
          </span>
          <span>API keys</span>
        </div>
        {mode.kind === 'demo' && (
          <div className="ml-auto flex flex-wrap items-center gap-2">
            <span className="inline-flex items-center gap-1 rounded-full border border-amber-300 bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
              <FlaskConical aria-hidden className="size-3.5" />
              Demo data: not real keys
            </span>
            <button
              type="button"
              onClick={onResetDemo}
              className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-sm text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
            >
              <RotateCcw aria-hidden className="size-4" />
              Reset demo data
            </button>
          </div>
        )}
        {mode.kind === 'connected' && (
          <span className="ml-auto text-sm text-zinc-600 dark:text-zinc-400">{new URL(mode.baseUrl, location.href).host}</span>
        )}
        <ThemeToggle />
      </div>
    </header>
  )
}
