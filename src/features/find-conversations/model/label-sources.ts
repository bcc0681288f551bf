import type { AnalyticsConversation } from '../api/search-schemas.ts'
import type { Conversation } from '../../../genesys/schemas.ts'
import type { LabelSource } from './conversation-label.ts'

/** Analytics names media as voice, message, chat...; the REST model has one array per media. */
const restMedia = {
  calls: 'voice',
  callbacks: 'callback',
  chats: 'chat',
  emails: 'email',
  messages: 'message',
  videos: 'video',
} as const

export function analyticsLabelSource(c: AnalyticsConversation): LabelSource {
  return {
    startTime: c.conversationStart,
    endTime: c.conversationEnd,
    participants: c.participants.map((p) => ({
      purpose: p.purpose,
      name: p.participantName,
      ani: p.sessions.find((s) => s.ani)?.ani,
      userId: p.userId,
      queueIds: p.sessions.flatMap((s) => s.segments.flatMap((seg) => (seg.queueId ? [seg.queueId] : []))),
      media: p.sessions[0]?.mediaType,
    })),
  }
}

export function restLabelSource(c: Conversation): LabelSource {
  return {
    startTime: c.startTime,
    endTime: c.endTime,
    participants: c.participants.map((p) => ({
      purpose: p.purpose,
      name: p.name,
      ani: p.ani,
      address: p.address,
      userId: p.userId,
      queueIds: p.queueId ? [p.queueId] : [],
      media: (Object.keys(restMedia) as Array<keyof typeof restMedia>)
        .filter((kind) => (p[kind]?.length ?? 0) > 0)
        .map((kind) => restMedia[kind])[0],
    })),
  }
}
