/**
 * The server the mock plays (docs/API-CONTRACT "The three server behaviours"): `documented`
 * honours only status and paging; `coval` adds environment, Coval's filter dialect and one sort
 * field; `aip160` the full AIP-160 filter and AIP-132 sort.
 */
export const MOCK_DIALECTS = ['documented', 'coval', 'aip160'] as const
export type MockDialect = (typeof MOCK_DIALECTS)[number]

export const DEFAULT_MOCK_DIALECT: MockDialect = 'coval'

export function isMockDialect(value: unknown): value is MockDialect {
  return typeof value === 'string' && (MOCK_DIALECTS as readonly string[]).includes(value)
}
