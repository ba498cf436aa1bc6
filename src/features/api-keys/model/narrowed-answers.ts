// Off the first screen: loaded once a whole read is over (use-browser-list.ts), before which every
// view is answered afresh by answerLocally, with the same rows.
import type { FilterableKey } from '../../../api/filter/fields'
import { toPredicate } from '../../../api/filter/evaluate'
import { implies, sameNode } from '../../../api/filter/implies'
import { answerLocally, type LocalAnswer, type ReadSoFar } from './local-answer'
import { sameSort, type Clause, type ViewQuery } from './view-query'

/**
 * The clauses `next` adds to or narrows in `base` when every key of `next` is one of `base`'s (in the
 * same order): `base`'s rows filtered by them are `next`'s. Null when `next` is not such a view.
 */
export function narrowing(next: ViewQuery, base: ViewQuery): readonly Clause[] | null {
  if (!sameSort(next.sort, base.sort)) return null
  const extra: Clause[] = []
  for (const clause of next.clauses) {
    const was = base.clauses.find((old) => old.id === clause.id)
    if (was === undefined || !sameNode(clause.node, was.node)) extra.push(clause)
  }
  const kept = base.clauses.every((old) => {
    const clause = next.clauses.find((c) => c.id === old.id)
    return clause !== undefined && implies(clause.node, old.node)
  })
  return kept ? extra : null
}

/** A complete answer's rows that also hold for the clauses, in the same order. */
function narrowed<K extends FilterableKey>(answer: LocalAnswer<K>, clauses: readonly Clause[]): LocalAnswer<K> {
  const holds = toPredicate({ kind: 'and', operands: clauses.map((clause) => clause.node) })
  const rows = answer.rows.filter(holds)
  return { rows, final: rows.length, complete: true }
}

interface KeptAnswer<K extends FilterableKey> {
  readonly query: ViewQuery
  readonly answer: LocalAnswer<K>
}

/**
 * `answerLocally` with the last few answers over one whole read kept: a view already answered is
 * the same answer, and a narrower one (a letter typed on in the search, a filter added) filters the
 * rows of the closest view answered before instead of every key (a search over 10,000 keys read:
 * 4,000 names looked at, nothing sorted). A read that changed or is not over starts afresh.
 */
export function localAnswers<K extends FilterableKey>(keep = 4) {
  let keys: readonly K[] | null = null
  let kept: KeptAnswer<K>[] = []
  return (read: ReadSoFar<K>, query: ViewQuery): LocalAnswer<K> => {
    if (!read.complete) return answerLocally(read, query)
    if (read.keys !== keys) {
      keys = read.keys
      kept = []
    }
    let best: { base: KeptAnswer<K>; extra: readonly Clause[] } | null = null
    for (const base of kept) {
      const extra = narrowing(query, base.query)
      if (extra === null) continue
      if (extra.length === 0) {
        kept = [base, ...kept.filter((other) => other !== base)]
        return base.answer
      }
      if (best === null || base.answer.rows.length < best.base.answer.rows.length) best = { base, extra }
    }
    const answer = best === null ? answerLocally(read, query) : narrowed(best.base.answer, best.extra)
    kept = [{ query, answer }, ...kept.slice(0, keep - 1)]
    return answer
  }
}
