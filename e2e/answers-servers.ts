/** The mock API servers playwright.config.ts starts for the list-answers spec: one per server behaviour, read-only. */
export const ANSWERS_BASE_PORT = Number(process.env.E2E_ANSWERS_PORT ?? 24788)
export const DIALECTS = ['documented', 'coval', 'aip160'] as const
export type Dialect = (typeof DIALECTS)[number]

export const ANSWERS_SERVERS: Record<Dialect, string> = Object.fromEntries(
  DIALECTS.map((dialect, i) => [dialect, `http://127.0.0.1:${ANSWERS_BASE_PORT + i}`]),
) as Record<Dialect, string>
