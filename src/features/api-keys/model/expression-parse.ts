import { FilterSyntaxError } from '../../../api/filter/errors'
import { parseFilter } from '../../../api/filter/parse'
import type { ExpressionReading } from './expression-reading'

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
  try {
    return { kind: 'valid', node: parseFilter(text, 'coval') }
  } catch (error) {
    if (error instanceof FilterSyntaxError) return { kind: 'invalid', message: error.message, position: error.position }
    throw error
  }
}

