/** Placeholder rows shaped like the table (on a phone, like its cards), while the first page loads. */
export function TableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div role="status" aria-label="Loading keys" className="overflow-hidden rounded-lg border border-zinc-200 phone:space-y-2 phone:border-0 dark:border-zinc-800">
      <div className="h-10 bg-zinc-50 phone:rounded-lg dark:bg-zinc-900" />
      {Array.from({ length: rows }, (_, i) => (
        <div
          key={i}
          className="flex items-center gap-4 border-t border-zinc-200 px-3 py-3 phone:h-44 phone:items-start phone:rounded-lg phone:border dark:border-zinc-800"
        >
          <div className="size-4 rounded bg-zinc-200 dark:bg-zinc-800" />
          <div className="h-4 w-48 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
          <div className="hidden h-4 w-24 animate-pulse rounded bg-zinc-200 sm:block dark:bg-zinc-800" />
          <div className="hidden h-4 w-20 animate-pulse rounded bg-zinc-200 md:block dark:bg-zinc-800" />
          <div className="ml-auto h-4 w-16 animate-pulse rounded bg-zinc-200 phone:w-4 dark:bg-zinc-800" />
        </div>
      ))}
    </div>
  )
}
