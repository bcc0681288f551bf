/*
 * The oracle: what the widget's view of a payload must be, written out by hand from the SDK models. Fields the
 * widget reads are copied under the same name (communication states lower-cased); `null` and absent both mean
 * absent; `attributes` keeps every string entry (on REST answers it is empty when the answer has none, and
 * `purpose` ''; in events both stay absent, so a merge keeps the cached values); media-leg topics turn `user`/`queue` into `userId`/`queueId` and the leg's state into its one
 * communication. Nothing else may appear in the view.
 */

type Json = Record<string, unknown>

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function pick(source: Json, keys: readonly string[]): Json {
  const out: Json = {}
  for (const key of keys) {
    const value = source[key]
    if (value !== undefined && value !== null) out[key] = value
  }
  return out
}

function attributesOf(source: Json): Json {
  const raw = source.attributes
  const out: Json = {}
  if (!isRecord(raw)) return out
  for (const name of Object.keys(raw)) {
    if (typeof raw[name] === 'string')
      Object.defineProperty(out, name, { value: raw[name], enumerable: true })
  }
  return out
}

const communicationKeys = [
  'id',
  'state',
  'direction',
  'held',
  'connectedTime',
  'disconnectedTime',
  'disconnectType',
  'provider',
]
export const mediaKeys = [
  'calls',
  'callbacks',
  'chats',
  'cobrowsesessions',
  'emails',
  'messages',
  'screenshares',
  'socialExpressions',
  'videos',
]
const participantKeys = [
  'id',
  'name',
  'participantType',
  'userId',
  'queueId',
  'address',
  'ani',
  'dnis',
  'startTime',
  'connectedTime',
  'endTime',
]

function communication(source: Json): Json {
  const out = pick(source, communicationKeys)
  if (typeof out.state === 'string') out.state = out.state.toLowerCase()
  return out
}

/** REST: `attributes` is an empty map and `purpose` '' when absent. Events: absent stays absent (merge keeps). */
export function expectedParticipant(source: Json, fromEvent = false): Json {
  const out: Json = pick(source, participantKeys)
  if (!fromEvent || isRecord(source.attributes)) out.attributes = attributesOf(source)
  if (!fromEvent || typeof source.purpose === 'string') out.purpose = source.purpose ?? ''
  for (const key of mediaKeys) {
    const list = source[key]
    if (Array.isArray(list)) out[key] = list.filter(isRecord).map(communication)
  }
  return out
}

export function expectedConversation(source: Json): Json {
  const participants = Array.isArray(source.participants) ? source.participants.filter(isRecord) : []
  return {
    ...pick(source, ['id', 'name', 'startTime', 'endTime', 'address', 'selfUri']),
    participants: participants.map((participant) => expectedParticipant(participant)),
  }
}

/** The conversations topic: ConversationEventTopicConversation has no name or times at conversation level. */
export function expectedTopicEvent(source: Json): Json {
  const participants = Array.isArray(source.participants) ? source.participants.filter(isRecord) : []
  return {
    ...pick(source, ['id', 'address']),
    participants: participants.map((participant) => expectedParticipant(participant, true)),
  }
}

/** The .calls / .messages topics: one participant per media leg. */
export function expectedMediaTopicEvent(source: Json, media: 'calls' | 'messages'): Json {
  const participants = Array.isArray(source.participants) ? source.participants.filter(isRecord) : []
  return {
    ...pick(source, ['id', 'name', 'address']),
    participants: participants.map((leg) => {
      const out: Json = pick(leg, [
        'id',
        'name',
        'purpose',
        'address',
        'ani',
        'dnis',
        'startTime',
        'connectedTime',
        'endTime',
      ])
      if (isRecord(leg.attributes)) out.attributes = attributesOf(leg)
      const user = isRecord(leg.user) ? leg.user.id : undefined
      const queue = isRecord(leg.queue) ? leg.queue.id : undefined
      if (typeof user === 'string') out.userId = user
      if (typeof queue === 'string') out.queueId = queue
      const own = communication(pick(leg, ['state', 'direction', 'held', 'disconnectType', 'provider']))
      if (Object.keys(own).length > 0) out[media] = [own]
      return out
    }),
  }
}

export function expectedUser(source: Json): Json {
  const out = pick(source, ['id', 'name', 'email', 'username', 'state'])
  const authorization = source.authorization
  if (isRecord(authorization)) {
    const roles = Array.isArray(authorization.roles) ? authorization.roles.filter(isRecord) : []
    const permissions = Array.isArray(authorization.permissions) ? authorization.permissions : []
    out.authorization = {
      roles: roles.map((role) => pick(role, ['id', 'name'])),
      permissions: permissions.filter((p): p is string => typeof p === 'string'),
    }
  }
  return out
}

/** Plain copies, so toEqual compares null-prototype maps and `__proto__` names as data. */
export function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain)
  if (!isRecord(value)) return value
  const out: Json = {}
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, { value: plain(value[key]), enumerable: true })
  }
  return out
}
