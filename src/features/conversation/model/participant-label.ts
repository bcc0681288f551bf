import type { Participant } from '../../../genesys/schemas.ts'
import type { Translate } from '../../../ui/i18n.tsx'
import type { ConversationMessageKey } from '../messages.ts'
import { participantState } from './conversation-facts.ts'

/** Purposes Genesys Cloud names in its own UI; any other (new or custom) purpose is shown as the platform sent it. */
const purposeKeys = {
  customer: 'purpose_customer',
  external: 'purpose_external',
  agent: 'purpose_agent',
  user: 'purpose_user',
  acd: 'purpose_acd',
  ivr: 'purpose_ivr',
  workflow: 'purpose_workflow',
  voicemail: 'purpose_voicemail',
  campaign: 'purpose_campaign',
} as const satisfies Record<string, ConversationMessageKey>

export function purposeLabel(purpose: string | undefined, t: Translate<ConversationMessageKey>): string {
  if (!purpose) return ''
  return Object.hasOwn(purposeKeys, purpose) ? t(purposeKeys[purpose as keyof typeof purposeKeys]) : purpose
}

/**
 * What the leg is, then who: "Customer · Dana Whitfield", in the agent's language; the id when it has neither.
 * A leg that has left says so ("IVR · Main IVR (disconnected)").
 */
export function participantLabel(participant: Participant, t: Translate<ConversationMessageKey>): string {
  const label = [purposeLabel(participant.purpose, t), participant.name?.trim()].filter(Boolean).join(' · ')
  const named = label || participant.id
  const state = participantState(participant)
  if (state === 'disconnected') return t('legDisconnected', { label: named })
  if (state === 'terminated') return t('legTerminated', { label: named })
  return named
}

/**
 * The label in three parts, so a narrow panel can hide who and keep what ("Customer", "IVR (disconnected)") while the
 * text and the accessible name stay the full label: `name` is "· Dana Whitfield" as it appears inside the label,
 * after `before` and one space.
 */
export function participantLabelParts(
  participant: Participant,
  t: Translate<ConversationMessageKey>,
): { before: string; name: string; after: string } {
  const label = participantLabel(participant, t)
  const name = participant.name?.trim()
  const at = name && purposeLabel(participant.purpose, t) ? label.indexOf(` · ${name}`) : -1
  if (!name || at < 0) return { before: label, name: '', after: '' }
  const end = at + name.length + 3
  return { before: label.slice(0, at), name: label.slice(at + 1, end), after: label.slice(end) }
}
