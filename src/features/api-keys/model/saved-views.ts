import * as z from 'zod/mini'
import { maxCodePoints } from '../../../api/max-code-points'
import { codePointLength, tooLongMessage } from '../../../api/text-length'
import { describeParams } from './export-view-label'
import { PRESET_VIEWS } from './preset-views'
import { orderedParams } from './export-view-params'
import { parseListView, serializeListView, type ListView } from './list-view'

export const VIEW_NAME_MAX = 60
export const SAVED_VIEWS_MAX = 50

/** A view someone named: only what the URL says of the list (never a key, a secret or the connection). */
export interface SavedView {
  readonly id: string
  readonly name: string
  /** The view's URL query without its page, e.g. `env=PRODUCTION&used=never`. */
  readonly query: string
}

const storedView = z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)), name: z.string(), query: z.string().check(z.maxLength(2000)) })

/** The query a view is saved under: its URL without the page, since a saved view starts on page 1. */
export function savedViewQuery(view: ListView): string {
  return serializeListView({ ...view, page: 1 }).toString()
}

/** The keys page's address for a saved query. */
export function savedViewHref(query: string): string {
  return query ? `/?${query}` : '/'
}

/** Only what a view is made of survives: anything else a query holds is dropped on the way in. */
const normalizedQuery = (query: string) => savedViewQuery(parseListView(new URLSearchParams(query)))

export const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en')

/** The saved views in storage; whatever is corrupt (the whole value or one entry) is left out, never thrown. */
export function parseSavedViews(raw: string | null): SavedView[] {
  if (raw === null) return []
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(json)) return []
  const views: SavedView[] = []
  for (const entry of json) {
    const parsed = storedView.safeParse(entry)
    if (!parsed.success) continue
    const name = parsed.data.name.trim()
    if (viewNameProblem(name) !== null || views.some((v) => v.id === parsed.data.id || sameName(v.name, name))) continue
    views.push({ id: parsed.data.id, name, query: normalizedQuery(parsed.data.query) })
    if (views.length === SAVED_VIEWS_MAX) break
  }
  return views
}

const EMPTY_NAME = 'Enter a name for the view.'

/** What is wrong with a name as typed, or null. */
export function viewNameProblem(name: string): string | null {
  const length = codePointLength(name.trim())
  if (length === 0) return EMPTY_NAME
  return length > VIEW_NAME_MAX ? tooLongMessage(VIEW_NAME_MAX, length) : null
}

/**
 * A name a ready-made view has (the palette and the Views menu list both): two "All keys" that
 * show different keys would be told apart by nothing. Only asked of a name being given, so a view
 * saved under such a name before stays.
 */
function presetNameProblem(name: string): string | null {
  const preset = PRESET_VIEWS.find((p) => sameName(p.label, name))
  return preset ? `“${preset.label}” is the name of a ready-made view. Choose another name.` : null
}

/** The save form's schema: the same rules as viewNameProblem, as the form's errors. */
export const saveViewFormSchema = z.object({
  name: z.string({ error: EMPTY_NAME }).check(z.trim(), z.minLength(1, { error: EMPTY_NAME }), maxCodePoints(VIEW_NAME_MAX)),
})
export type SaveViewForm = z.infer<typeof saveViewFormSchema>

export type SaveOutcome =
  | { kind: 'saved'; views: SavedView[]; saved: SavedView }
  /** A view has that name already: the caller asks before calling again with `replace`. */
  | { kind: 'exists'; existing: SavedView }
  | { kind: 'full' }
  | { kind: 'invalid'; problem: string }

/**
 * Saves `query` under `name`: a new view goes last; with `replace`, a view of the same name
 * (in any case) keeps its place and id and takes the new name and query.
 */
export function saveView(views: readonly SavedView[], name: string, query: string, newId: string, replace = false): SaveOutcome {
  const problem = viewNameProblem(name) ?? presetNameProblem(name)
  if (problem !== null) return { kind: 'invalid', problem }
  const trimmed = name.trim()
  const clean = normalizedQuery(query)
  const existing = views.find((v) => sameName(v.name, trimmed))
  if (existing) {
    if (!replace) return { kind: 'exists', existing }
    const saved = { id: existing.id, name: trimmed, query: clean }
    return { kind: 'saved', saved, views: views.map((v) => (v.id === existing.id ? saved : v)) }
  }
  if (views.length >= SAVED_VIEWS_MAX) return { kind: 'full' }
  const saved = { id: newId, name: trimmed, query: clean }
  return { kind: 'saved', saved, views: [...views, saved] }
}

export type RenameOutcome =
  | { kind: 'renamed'; views: SavedView[]; renamed: SavedView }
  /** Another view has that name (in any case): a rename does not replace it. */
  | { kind: 'exists'; existing: SavedView }
  | { kind: 'invalid'; problem: string }
  /** The view is no longer saved (deleted in another tab). */
  | { kind: 'gone' }

/** Gives the view `id` a new name, in its place and with its query; the same name in another case is a rename too. */
export function renameView(views: readonly SavedView[], id: string, name: string): RenameOutcome {
  const problem = viewNameProblem(name) ?? presetNameProblem(name)
  if (problem !== null) return { kind: 'invalid', problem }
  const view = views.find((v) => v.id === id)
  if (!view) return { kind: 'gone' }
  const trimmed = name.trim()
  const existing = views.find((v) => v.id !== id && sameName(v.name, trimmed))
  if (existing) return { kind: 'exists', existing }
  const renamed = { ...view, name: trimmed }
  return { kind: 'renamed', renamed, views: views.map((v) => (v.id === id ? renamed : v)) }
}

export function deleteView(views: readonly SavedView[], id: string): SavedView[] {
  return views.filter((v) => v.id !== id)
}

/** Puts a deleted view back where it was (Undo), unless its name was taken meanwhile. */
export function restoreView(views: readonly SavedView[], view: SavedView, index: number): SavedView[] {
  if (views.some((v) => v.id === view.id || sameName(v.name, view.name)) || views.length >= SAVED_VIEWS_MAX) return [...views]
  return [...views.slice(0, index), view, ...views.slice(index)]
}

/** The saved view the list shows now, if any (any page of it). */
export function currentSavedView(views: readonly SavedView[], view: ListView): SavedView | undefined {
  const query = savedViewQuery(view)
  return views.find((v) => v.query === query)
}

/** What a saved view shows, in words: "Production, never used, by name, A to Z, 50 per page". */
export function describeSavedQuery(query: string): string {
  const params = new URLSearchParams(query)
  const what = describeParams(orderedParams(params)) ?? 'All keys, newest first'
  const size = params.get('size')
  return size ? `${what}, ${size} per page` : what
}
