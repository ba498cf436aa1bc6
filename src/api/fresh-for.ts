/** How long a query's answer is fresh, not asked again when a view shows it (app/query-client.ts's default). */
export const FRESH_FOR_MS = 10_000
