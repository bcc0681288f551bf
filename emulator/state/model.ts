/*
 * The emulator's in-memory model. Deliberately closer to how a platform stores things (one communication per
 * participant leg, an explicit ended flag) than to the wire; state/wire.ts turns it into the SDK shapes.
 */

/** The media arrays a participant can carry, named as on the wire. */
export type MediaArrayName = 'calls' | 'messages' | 'chats' | 'emails' | 'callbacks'

export interface StoredCommunication {
  id: string
  state: string
  direction: 'inbound' | 'outbound'
  held?: boolean
  connectedTime?: string
  disconnectedTime?: string
  disconnectType?: string
  provider?: string
  /** messages[] only: the messaging channel, e.g. webmessaging, sms. */
  type?: string
}

/** Optional participant fields the admin API may send as `null`, as real answers do. */
export const nullableParticipantFields = ['name', 'userId', 'queueId', 'address', 'ani', 'dnis'] as const
export type NullableParticipantField = (typeof nullableParticipantFields)[number]

/**
 * How this participant looks on the wire when a test wants a real-world oddity: no `attributes` key at all, or
 * `null` in optional fields. The stored participant keeps its (empty) map, so writes still work.
 */
export interface WireQuirks {
  omitAttributes?: boolean
  nullFields?: NullableParticipantField[]
}

export interface StoredParticipant {
  id: string
  name?: string
  purpose: string
  participantType?: string
  userId?: string
  queueId?: string
  address?: string
  ani?: string
  dnis?: string
  startTime: string
  connectedTime?: string
  endTime?: string
  /** Null-prototype map, see src/genesys/attribute-map.ts. */
  attributes: Record<string, string>
  /**
   * What analytics keeps: the attributes as they were when the conversation ended (Genesys: "Analytics does not
   * save attributes that are set after the conversation completes"). Absent while the conversation is active,
   * where analytics follows the live values.
   */
  analyticsAttributes?: Record<string, string>
  media: MediaArrayName
  communication: StoredCommunication
  wire?: WireQuirks
}

export interface StoredConversation {
  id: string
  name?: string
  address?: string
  startTime: string
  endTime?: string
  participants: StoredParticipant[]
}

export interface WriteLogEntry {
  conversationId: string
  participantId: string
  /** userId of the writer, or the OAuth client id for client-credentials tokens, or "admin". */
  by: string
  source: string
  names: string[]
  acceptedAt: string
  appliedAt: string | null
}

export interface TokenRecord {
  token: string
  clientId: string
  /** null for client-credentials tokens (no user context). */
  userId: string | null
  issuedAt: number
  expiresAt: number
  revoked: boolean
  fromCode?: string
}

export interface CodeRecord {
  code: string
  clientId: string
  redirectUri: string
  codeChallenge: string
  userId: string
  expiresAt: number
  used: boolean
}

export interface ChannelRecord {
  id: string
  /** Owner: userId, or `client:<clientId>` for client-credentials tokens. */
  owner: string
  userId: string | null
  /** The OAuth client that made it: Genesys counts channels per user *and* app. */
  clientId: string
  createdAt: number
  expiresAt: number
  expired: boolean
  topics: string[]
}
