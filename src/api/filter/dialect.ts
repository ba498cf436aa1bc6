/**
 * Which filter language a server speaks. `coval`: the dialect Coval's other list endpoints
 * document (comparisons joined by AND / OR, AND binding tighter). `aip160`: full AIP-160.
 */
export const FILTER_DIALECTS = ['coval', 'aip160'] as const
export type FilterDialect = (typeof FILTER_DIALECTS)[number]

/** The comparison operators a dialect accepts, as its error messages list them. */
export function operatorList(dialect: FilterDialect): string {
  return dialect === 'coval' ? '= != < <= > >=' : '= != < <= > >= :'
}
