import { FilterSyntaxError } from '../../../api/filter/errors'
import { parseFilter } from '../../../api/filter/parse'
import type { ExpressionReading } from './expression-reading'
import { MAX_EXPRESSION_LENGTH } from './list-view'
import { formatCount } from '../../../lib/intl'

// A one-entry memo of a pure function: module-level on purpose, it holds no per-session data.
let last: { text: string; reading: ExpressionReading } | null = null

/** Reads an expression in Coval's dialect, the one the Advanced field speaks; loaded on demand. */
export function parseExpression(text: string): ExpressionReading {
  if (last?.text === text) return last.reading
  const reading = read(text)
  last = { text, reading }
  return reading
}

function read(text: string): ExpressionReading {
  if (text.trim() === '') return { kind: 'none' }
  // Kept whole (pasted or linked), never cut: the reader shortens it, knowing what it says.
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return { kind: 'invalid', message: `The expression has ${formatCount(text.length)} characters; at most ${formatCount(MAX_EXPRESSION_LENGTH)} are read`, position: MAX_EXPRESSION_LENGTH }
  }
  try {
    return { kind: 'valid', node: parseFilter(text, 'coval') }
  } catch (error) {
    if (error instanceof FilterSyntaxError) return { kind: 'invalid', message: error.message, position: error.position }
    throw error
  }
}

