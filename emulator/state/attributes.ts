import { attributeEntries, createAttributeMap, hasAttribute } from '../../src/genesys/attribute-map.ts'
import type { AttributeMap } from '../../src/genesys/attribute-map.ts'
import type { EmulatorSettings } from '../settings.ts'
import type { StoredConversation } from './model.ts'

export type AttributeLimits = Pick<
  EmulatorSettings,
  'maxAttributesPerParticipant' | 'maxValueLength' | 'maxNameLength'
>

export interface AttributeRejection {
  message: string
  messageParams: Record<string, string>
}

/**
 * Checks a write against the size limits. Names are case-sensitive and may not be blank (as in Architect);
 * the count limit applies to the map after the merge, since keys not sent are kept.
 */
export function checkAttributeWrite(
  existing: AttributeMap,
  patch: AttributeMap,
  limits: AttributeLimits,
): AttributeRejection | null {
  let added = 0
  for (const [name, value] of attributeEntries(patch)) {
    if (name.trim() === '') {
      return { message: 'Attribute names may not be blank.', messageParams: { name } }
    }
    if (name.length > limits.maxNameLength) {
      return {
        message: `Attribute name "${name.slice(0, 40)}…" is longer than ${limits.maxNameLength} characters.`,
        messageParams: { name, limit: String(limits.maxNameLength) },
      }
    }
    if (value.length > limits.maxValueLength) {
      return {
        message: `The value of attribute "${name}" is longer than ${limits.maxValueLength} characters.`,
        messageParams: { name, limit: String(limits.maxValueLength) },
      }
    }
    if (!hasAttribute(existing, name)) added += 1
  }
  const total = Object.keys(existing).length + added
  if (total > limits.maxAttributesPerParticipant) {
    return {
      message: `A participant may hold at most ${limits.maxAttributesPerParticipant} attributes; this write would make ${total}.`,
      messageParams: { limit: String(limits.maxAttributesPerParticipant), total: String(total) },
    }
  }
  return null
}

/** Merge: names sent overwrite, names not sent are kept, "" is stored as a value. There is no delete. */
export function mergeAttributes(existing: AttributeMap, patch: AttributeMap): Record<string, string> {
  return createAttributeMap([...attributeEntries(existing), ...attributeEntries(patch)])
}

export function applyAttributeWrite(
  conversation: StoredConversation,
  participantId: string,
  patch: AttributeMap,
): StoredConversation {
  return {
    ...conversation,
    participants: conversation.participants.map((p) =>
      p.id === participantId ? { ...p, attributes: mergeAttributes(p.attributes, patch) } : p,
    ),
  }
}
