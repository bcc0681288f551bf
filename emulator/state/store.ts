import { randomUUID } from 'node:crypto'
import { seedConversations } from '../seed-scenario.ts'
import { buildConversation } from './conversation-builder.ts'
import { conversationDescriptionSchema } from './conversation-description.ts'
import { createCustomAttributesState, type CustomAttributesState } from './custom-attributes.ts'
import type { ChannelRecord, CodeRecord, StoredConversation, TokenRecord, WriteLogEntry } from './model.ts'

/** Everything the emulator remembers. Reset replaces it wholesale with a fresh seeded copy. */
export interface EmulatorState {
  conversations: Map<string, StoredConversation>
  writeLog: WriteLogEntry[]
  tokens: Map<string, TokenRecord>
  codes: Map<string, CodeRecord>
  /** Emulator login session cookie value → userId. */
  sessions: Map<string, string>
  channels: Map<string, ChannelRecord>
  customAttributes: CustomAttributesState
}

export function createSeededState(now: Date): EmulatorState {
  const conversations = new Map<string, StoredConversation>()
  for (const description of seedConversations(now)) {
    const conversation = buildConversation(conversationDescriptionSchema.parse(description), now, randomUUID)
    conversations.set(conversation.id, conversation)
  }
  return {
    conversations,
    writeLog: [],
    tokens: new Map(),
    codes: new Map(),
    sessions: new Map(),
    channels: new Map(),
    customAttributes: createCustomAttributesState(now),
  }
}

export function isActive(conversation: StoredConversation): boolean {
  return conversation.endTime === undefined
}
