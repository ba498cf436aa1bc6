// A reproducible, realistic organisation of API keys for the mock API, demos and tests.
import type { ApiKeyRecord } from '../api/api-key-schema'
import type { Environment, KeyStatus, KeyType } from '../api/enums'
import { SCOPE_CATALOGUE, SCOPE_RESOURCES } from '../api/scopes'
import { maskSecret, SECRET_ALPHABET } from './mask'
import { createRng, randomString, type Rng } from './random'
import { ulid } from './ulid'
import {
  ENVIRONMENT_SERVICES, HOSTILE_NAMES, LONG_DESCRIPTION, LONG_DESCRIPTION_NAME, NAME_VARIANTS, PEOPLE, SERVICES,
  SERVICE_NOTES, TEAMS, TICKET_PREFIXES, TICKET_SENTENCES, TOOL_PURPOSES, USER_NOTES, USER_PURPOSES, USER_PURPOSES_ANY,
} from './seed-words'

export const DEFAULT_SEED_COUNT = 320
export const DEFAULT_SEED = 20261126
export const DEFAULT_ORGANIZATION_ID = 'org_01HZX3K8M2Q4R7T9V1W3Y5A7C9'

export interface SeedOptions {
  now: Date
  organizationId?: string
  count?: number
  seed?: number
}

type Shares<T> = readonly (readonly [T, number])[]
const TYPE_SHARES: Shares<KeyType> = [['SERVICE', 0.65], ['USER', 0.35]]
const ENVIRONMENT_SHARES: Shares<Environment> = [['PRODUCTION', 0.4], ['STAGING', 0.3], ['DEVELOPMENT', 0.3]]
const STATUS_SHARES: Shares<KeyStatus> = [['ACTIVE', 0.65], ['SUSPENDED', 0.12], ['REVOKED', 0.13], ['EXPIRED', 0.1]]
// Dead keys were more often never used; the weighted total comes to about 18%.
const NEVER_USED: Record<KeyStatus, number> = { ACTIVE: 0.14, SUSPENDED: 0.2, REVOKED: 0.25, EXPIRED: 0.3 }

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const HISTORY = 913 * DAY // about two and a half years
const EXPIRY_DAYS = [30, 90, 180, 365]
// How long ago an active key was last used: [share, from, to]; most are busy, some are stale.
const LAST_USE_BUCKETS = [
  [0.35, MINUTE, 6 * HOUR], [0.2, 6 * HOUR, 7 * DAY], [0.2, 7 * DAY, 90 * DAY], [0.15, 90 * DAY, 365 * DAY], [0.1, 365 * DAY, HISTORY],
] as const

/** The seed organisation's keys; the same options always give the same list. */
export function createSeed(options: SeedOptions): ApiKeyRecord[] {
  const { now, organizationId = DEFAULT_ORGANIZATION_ID, count = DEFAULT_SEED_COUNT, seed = DEFAULT_SEED } = options
  const nowMs = now.getTime()
  if (Number.isNaN(nowMs)) throw new RangeError('createSeed: invalid now')
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`createSeed: invalid count ${count}`)
  const rng = createRng(seed)
  const types = deck(rng, count, TYPE_SHARES)
  const environments = deck(rng, count, ENVIRONMENT_SHARES)
  const statuses = deck(rng, count, STATUS_SHARES)
  const people = rng.shuffle(PEOPLE)
  const names: NameBook = { used: new Set(), exhausted: new Set() }
  const iso = isoFormatter()
  const records = types.map((keyType, i): ApiKeyRecord => {
    const environment = environments[i] ?? 'PRODUCTION'
    const status = statuses[i] ?? 'ACTIVE'
    const time = timeline(rng, status, nowMs)
    const named = keyType === 'USER' ? userName(rng, environment, people) : serviceName(rng, environment)
    const name = uniqueName(rng, names, named.name, environment)
    return {
      id: ulid(time.create, rng),
      organization_id: organizationId,
      api_key: maskSecret(randomString(4, SECRET_ALPHABET, rng)),
      key_type: keyType,
      environment,
      status,
      name,
      description: rng.chance(0.7) ? describe(rng, keyType, named.about, people) : null,
      permissions: permissions(rng),
      create_time: iso(time.create),
      update_time: time.update === null ? null : iso(time.update),
      last_used_at: time.lastUsed === null ? null : iso(time.lastUsed),
    }
  })
  placeEdgeCases(records)
  ensureNeverUsedProductionKey(records)
  return records
}

/** Exact shares (largest remainder), shuffled: the distribution holds for every seed. */
function deck<T>(rng: Rng, count: number, shares: Shares<T>): T[] {
  const exact = shares.map(([value, share]) => ({ value, exact: share * count, n: Math.floor(share * count) }))
  let missing = count - exact.reduce((sum, e) => sum + e.n, 0)
  for (const e of [...exact].sort((a, b) => b.exact - b.n - (a.exact - a.n))) {
    if (missing-- <= 0) break
    e.n++
  }
  return rng.shuffle(exact.flatMap((e) => Array.from({ length: e.n }, () => e.value)))
}

interface Timeline { create: number; update: number | null; lastUsed: number | null }

function timeline(rng: Rng, status: KeyStatus, nowMs: number): Timeline {
  // A key that changed status needs room for use and a status change after its creation.
  const youngest = status === 'ACTIVE' ? 10 * MINUTE : 3 * DAY
  const create = nowMs - (rng.chance(0.06) ? rng.int(youngest, 14 * DAY) : rng.int(14 * DAY, HISTORY))
  const age = nowMs - create
  let update: number | null = create + rng.int(MINUTE, age)
  if (status === 'ACTIVE' && rng.chance(0.45)) update = null
  if (status === 'EXPIRED') {
    const expiry = create + rng.pick(EXPIRY_DAYS) * DAY
    if (expiry < nowMs - HOUR) update = expiry
  }
  if (rng.chance(NEVER_USED[status])) return { create, update, lastUsed: null }
  if (status !== 'ACTIVE' && update !== null) {
    // Dead keys were last used before they died, mostly not long before.
    return { create, update, lastUsed: create + Math.floor(Math.sqrt(rng.next()) * (update - MINUTE - create)) }
  }
  const bucket = pickWeighted(rng, LAST_USE_BUCKETS)
  const used = nowMs - rng.int(bucket[1], bucket[2])
  return { create, update, lastUsed: used >= create ? used : create + rng.int(0, age) }
}

function pickWeighted<T extends readonly [number, ...unknown[]]>(rng: Rng, items: readonly T[]): T {
  let roll = rng.next()
  for (const item of items) {
    roll -= item[0]
    if (roll < 0) return item
  }
  return items[items.length - 1] as T
}

interface Named { name: string; about: string }

function serviceName(rng: Rng, environment: Environment): Named {
  const roll = rng.next()
  if (roll < 0.2) {
    const [name, about] = rng.pick(ENVIRONMENT_SERVICES[environment])
    return { name, about }
  }
  if (roll < 0.55) {
    const [purpose, about, tools] = rng.pick(TOOL_PURPOSES)
    return { name: `${purpose} (${rng.pick(tools)})`, about }
  }
  const [name, about] = rng.pick(SERVICES)
  return { name, about }
}

function userName(rng: Rng, environment: Environment, people: readonly string[]): Named {
  // Skewed towards the front of the roster: a few people hold many keys, most hold one or two.
  const person = people[Math.floor(rng.next() ** 1.6 * people.length)] ?? 'Ana Lima'
  const purpose = rng.chance(0.4) ? rng.pick(USER_PURPOSES_ANY) : rng.pick(USER_PURPOSES[environment])
  return { name: `${person} — ${purpose}`, about: `${person.split(' ')[0] ?? person}’s ${purpose} key` }
}

interface NameBook {
  used: Set<string>
  /** `environment name` pairs whose every variant is taken: most clashes of a big seed, not worth trying again. */
  exhausted: Set<string>
}

/** Mostly unique names: a clash gets a variant suffix, and now and then stays a real duplicate. */
function uniqueName(rng: Rng, book: NameBook, name: string, environment: Environment): string {
  const { used, exhausted } = book
  let candidate = name
  if (used.has(candidate) && !rng.chance(0.04)) {
    const variants = rng.shuffle(NAME_VARIANTS[environment])
    // Variants differ by environment, so a name is exhausted for one environment at a time.
    const key = `${environment} ${name}`
    const variant = exhausted.has(key) ? undefined : variants.find((v) => !used.has(`${name} ${v}`))
    if (variant === undefined) exhausted.add(key)
    candidate = variant === undefined ? `${name} #${used.size}` : `${name} ${variant}`
  }
  used.add(candidate)
  return candidate
}

function describe(rng: Rng, keyType: KeyType, about: string, people: readonly string[]): string {
  const team = rng.pick(TEAMS)
  const owner = keyType === 'USER' ? `${team} team.` : `Owned by ${team}${rng.chance(0.5) ? ` (${rng.pick(people)})` : ''}.`
  const parts = [`${about}.`, owner]
  if (rng.chance(0.5)) parts.push(rng.pick(TICKET_SENTENCES).replace('{ticket}', `${rng.pick(TICKET_PREFIXES)}-${rng.int(12, 4999)}`))
  if (rng.chance(0.35)) parts.push(rng.pick(keyType === 'USER' ? USER_NOTES : SERVICE_NOTES))
  return parts.join(' ')
}

function permissions(rng: Rng): string[] {
  const roll = rng.next()
  if (roll < 0.4) return []
  if (roll < 0.47) return ['*']
  const resources = rng.sample(SCOPE_RESOURCES, rng.int(1, 8))
  resources.sort((a, b) => SCOPE_RESOURCES.indexOf(a) - SCOPE_RESOURCES.indexOf(b))
  return resources.map((resource) => {
    const actions: readonly string[] = SCOPE_CATALOGUE[resource]
    if (rng.chance(0.12)) return `${resource}:*`
    return `${resource}:${rng.chance(0.55) ? 'read' : rng.pick(actions)}`
  })
}

// Spread over the list, so the first pages and the last pages both meet them.
function placeEdgeCases(records: ApiKeyRecord[]): void {
  const named = (name: string | null) => (record: ApiKeyRecord) => {
    record.name = name
  }
  const edits = [
    ...HOSTILE_NAMES.map(named),
    (record: ApiKeyRecord) => {
      record.name = LONG_DESCRIPTION_NAME
      record.description = LONG_DESCRIPTION
    },
    named(null),
    named(null),
  ]
  if (records.length < edits.length) return
  edits.forEach((edit, i) => {
    const record = records[Math.floor(((i + 0.5) / edits.length) * records.length)]
    if (record) edit(record)
  })
}

// "Which production keys were never used?" must always have an answer in a demo.
function ensureNeverUsedProductionKey(records: ApiKeyRecord[]): void {
  const activeProduction = records.filter((r) => r.status === 'ACTIVE' && r.environment === 'PRODUCTION')
  const first = activeProduction[0]
  if (first && activeProduction.every((r) => r.last_used_at !== null)) first.last_used_at = null
}

/**
 * `Date#toISOString`, several times faster: 30,000 timestamps spread over ~900 days share their
 * date parts, so each day is formatted once and the time of day by arithmetic.
 */
function isoFormatter(): (ms: number) => string {
  const days = new Map<number, string>()
  const two = (n: number) => String(n).padStart(2, '0')
  return (ms) => {
    const day = Math.floor(ms / DAY)
    let date = days.get(day)
    if (date === undefined) {
      date = new Date(day * DAY).toISOString().slice(0, 11)
      days.set(day, date)
    }
    const time = ms - day * DAY
    const [hours, minutes, seconds] = [Math.floor(time / HOUR), Math.floor(time / MINUTE) % 60, Math.floor(time / 1000) % 60]
    return `${date}${two(hours)}:${two(minutes)}:${two(seconds)}.${String(time % 1000).padStart(3, '0')}Z`
  }
}
