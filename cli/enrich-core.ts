import {
  attributeEntries,
  attributeMapSchema,
  createAttributeMap,
  readAttribute,
  type AttributeMap,
} from '../src/genesys/attribute-map.ts'

/*
 * The decisions of the enrichment tool, free of I/O: what to write, what blocks the write, what the user sees.
 * Everything here works on null-prototype attribute maps, so a name like `__proto__` is plain data.
 */

/** A mistake in how the tool was called: exit code 64, nothing is sent. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export interface AttributeChange {
  name: string
  /** undefined: the participant does not have the name yet. */
  from: string | undefined
  to: string
}

export interface ChangePlan {
  changes: AttributeChange[]
  /** Names asked for that already hold the wanted value: not sent. */
  unchanged: string[]
  /** The PATCH body's attributes: only the names whose value changes. */
  patch: AttributeMap
}

/**
 * Only the names whose value differs are written. Sending the whole merged map (what the seed tutorial does)
 * would overwrite whatever a flow or an agent wrote to the other names since we read them.
 */
export function planChanges(current: AttributeMap, desired: AttributeMap): ChangePlan {
  const changes: AttributeChange[] = []
  const unchanged: string[] = []
  for (const [name, to] of attributeEntries(desired)) {
    const from = readAttribute(current, name)
    if (from === to) unchanged.push(name)
    else changes.push({ name, from, to })
  }
  return { changes, unchanged, patch: createAttributeMap(changes.map(({ name, to }) => [name, to])) }
}

/** Expected server values: a string, or null for "must not exist yet". */
export type Expectations = ReadonlyMap<string, string | null>

export interface Conflict {
  name: string
  expected: string | null
  actual: string | undefined
}

/** Compare-and-set done by the client, since participant data has no version or ETag to do it on the server. */
export function findConflicts(current: AttributeMap, expectations: Expectations): Conflict[] {
  const conflicts: Conflict[] = []
  for (const [name, expected] of expectations) {
    const actual = readAttribute(current, name)
    const matches = expected === null ? actual === undefined : actual === expected
    if (!matches) conflicts.push({ name, expected, actual })
  }
  return conflicts
}

/** What a re-read after a failed write shows, measured against the tool's own first read. */
export interface RetryCheck {
  /** Names someone else changed since the first read (neither the first-read value nor ours): never resent. */
  intervening: Conflict[]
  /** Names that already hold our value although the first read did not: the earlier write landed. */
  landed: string[]
}

/**
 * Compare-and-set against the first read, for every retry. The first read is the only state the user's intent
 * was checked against: a name that now holds a third value was written by someone else (an IVR during the
 * backoff), so sending ours again would clobber it, even without --expect. Names only expected must still hold
 * their first-read value; names we write may also hold ours (an earlier attempt landed).
 */
export function checkAgainstFirstRead(
  first: AttributeMap,
  current: AttributeMap,
  desired: AttributeMap,
  expectedNames: Iterable<string>,
): RetryCheck {
  const intervening: Conflict[] = []
  const landed: string[] = []
  const names = new Set([...attributeEntries(desired).map(([name]) => name), ...expectedNames])
  for (const name of names) {
    const was = readAttribute(first, name)
    const now = readAttribute(current, name)
    const ours = readAttribute(desired, name)
    if (now === was) continue
    if (ours !== undefined && now === ours) landed.push(name)
    else intervening.push({ name, expected: was ?? null, actual: now })
  }
  return { intervening, landed }
}

/** Names of the patch whose value is not (yet) on the server: the 202 means applied later. */
export function pendingNames(current: AttributeMap, patch: AttributeMap): string[] {
  return attributeEntries(patch)
    .filter(([name, value]) => readAttribute(current, name) !== value)
    .map(([name]) => name)
}

/** Size of the PATCH body as sent (UTF-8), for the report and the figures. */
export function patchBodyBytes(patch: AttributeMap): number {
  return new TextEncoder().encode(JSON.stringify({ attributes: patch })).length
}

export function checkAttributeName(name: string, source: string): string {
  if (name.trim() === '') throw new UsageError(`${source}: attribute names may not be blank`)
  return name
}

/** `name=value`, split at the first `=`; the value may be empty (Genesys has no delete: "" is how to clear). */
export function parseAssignment(text: string, flag: string): [string, string] {
  const at = text.indexOf('=')
  if (at < 0) throw new UsageError(`${flag} ${JSON.stringify(text)}: expected name=value`)
  return [checkAttributeName(text.slice(0, at), flag), text.slice(at + 1)]
}

function parseJsonObject(text: string, source: string): Record<string, unknown> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new UsageError(`${source}: not valid JSON`)
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new UsageError(`${source}: expected a JSON object of attribute names to string values`)
  }
  return json as Record<string, unknown>
}

/** An attributes file: `{"name": "value", ...}`. JSON.parse keeps `__proto__` as an own key; so does the schema. */
export function parseAttributeFile(text: string, source: string): AttributeMap {
  const parsed = attributeMapSchema.safeParse(parseJsonObject(text, source))
  if (!parsed.success)
    throw new UsageError(`${source}: ${parsed.error.issues[0]?.message ?? 'invalid attributes'}`)
  for (const name of Object.keys(parsed.data)) checkAttributeName(name, source)
  return parsed.data
}

/** An expectations file: `{"name": "expected value", "other": null}` (null: the name must not exist). */
export function parseExpectationFile(text: string, source: string): Map<string, string | null> {
  const object = parseJsonObject(text, source)
  const expectations = new Map<string, string | null>()
  for (const name of Object.keys(object)) {
    const value = object[name]
    if (value !== null && typeof value !== 'string') {
      throw new UsageError(
        `${source}: the expected value of ${JSON.stringify(name)} must be a string or null`,
      )
    }
    expectations.set(checkAttributeName(name, source), value)
  }
  return expectations
}

/** Values are shown JSON-quoted: a value holding terminal escape sequences or newlines cannot forge output. */
export const quote = (value: string | null | undefined): string =>
  value === undefined ? '(absent)' : value === null ? '(absent)' : JSON.stringify(value)

export function formatChanges(changes: readonly AttributeChange[]): string[] {
  return changes.map(({ name, from, to }) =>
    from === undefined
      ? `  + ${quote(name)}: ${quote(to)}`
      : `  ~ ${quote(name)}: ${quote(from)} -> ${quote(to)}`,
  )
}

export function formatConflicts(conflicts: readonly Conflict[]): string[] {
  return conflicts.map(
    ({ name, expected, actual }) =>
      `  ! ${quote(name)}: expected ${quote(expected)}, server has ${quote(actual)}`,
  )
}

export type ParticipantSelector = { by: 'id'; id: string } | { by: 'purpose'; purpose: string }

interface SelectableParticipant {
  id: string
  purpose: string
  attributes: AttributeMap
}

export type ParticipantChoice<P> =
  { participant: P } | { problem: 'not-found' | 'ambiguous'; message: string }

const endedStates = new Set(['disconnected', 'terminated'])

function isActive(participant: object): boolean {
  return Object.values(participant).some(
    (media: unknown) =>
      Array.isArray(media) &&
      media.some((leg: unknown) => {
        const state: unknown =
          typeof leg === 'object' && leg !== null ? (leg as { state?: unknown }).state : undefined
        return typeof state === 'string' && !endedStates.has(state)
      }),
  )
}

/**
 * By id, or by purpose. A transfer can leave several legs of one purpose; the one still connected is meant.
 * If that does not decide it, the tool refuses to guess and asks for --participant.
 */
export function selectParticipant<P extends SelectableParticipant>(
  participants: readonly P[],
  selector: ParticipantSelector,
): ParticipantChoice<P> {
  if (selector.by === 'id') {
    const participant = participants.find((p) => p.id === selector.id)
    return participant
      ? { participant }
      : { problem: 'not-found', message: `participant ${quote(selector.id)} is not in this conversation` }
  }
  const candidates = participants.filter((p) => p.purpose === selector.purpose)
  const active = candidates.filter(isActive)
  const pool = active.length > 0 ? active : candidates
  const [first] = pool
  if (first && pool.length === 1) return { participant: first }
  if (!first) {
    return {
      problem: 'not-found',
      message: `no participant with purpose ${quote(selector.purpose)} in this conversation`,
    }
  }
  const ids = pool.map((p) => p.id).join(', ')
  return {
    problem: 'ambiguous',
    message: `${pool.length} participants have purpose ${quote(selector.purpose)} (${ids}); choose one with --participant`,
  }
}
