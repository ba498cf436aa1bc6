/** A filter the mock cannot accept; `position` is the 0-based offset in the expression it points at (its message counts from 1, as people do). */
export class FilterSyntaxError extends Error {
  readonly position: number

  constructor(problem: string, position: number, hint?: string) {
    super(`${problem} at position ${position + 1}${hint === undefined ? '' : `; ${hint}`}`)
    this.name = 'FilterSyntaxError'
    this.position = position
  }
}
