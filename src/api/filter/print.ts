import type { ComparisonNode, FilterNode } from './ast'

// The fields both filter dialects know (Coval's list is the smaller one).
const SHARED_FIELDS: ReadonlySet<string> = new Set(['id', 'name', 'key_type', 'environment', 'status', 'create_time', 'update_time', 'last_used_at'])

/** A double-quoted value; quotes and backslashes escaped as both dialects read them. */
export function quoteValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/**
 * A filter as text every dialect that has filters reads the same way, or null when it has no
 * such text: a comparison, or comparisons joined by AND. Left out on purpose: OR (AIP-160 binds
 * it tighter than AND, Coval looser), NOT, parentheses, `null`, `:`, `*` wildcards (literal in
 * Coval's dialect) and fields Coval does not filter on.
 */
export function printSharedFilter(node: FilterNode): string | null {
  if (node.kind !== 'and') return printComparison(node)
  const parts = node.operands.map(printComparison)
  return parts.length > 0 && parts.every((part) => part !== null) ? parts.join(' AND ') : null
}

function printComparison(node: FilterNode): string | null {
  if (node.kind === 'and' || node.kind === 'or' || node.kind === 'not') return null
  return SHARED_FIELDS.has(node.field) ? printValue(node) : null
}

function printValue(node: ComparisonNode): string | null {
  switch (node.kind) {
    case 'enum':
    case 'timestamp':
      return `${node.field} ${node.operator} ${quoteValue(node.value)}`
    case 'text':
      return node.operator === ':' || node.value.includes('*') ? null : `${node.field} ${node.operator} ${quoteValue(node.value)}`
    case 'null':
    case 'scope':
      return null
  }
}
