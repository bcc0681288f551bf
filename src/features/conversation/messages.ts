import type { MessageBundle } from '../../ui/i18n.tsx'

export type ConversationMessageKey =
  | 'loadingConversations'
  | 'noActiveTitle'
  | 'noActiveBody'
  | 'pickerLabel'
  | 'pickerHint'
  | 'unsavedCount'
  | 'participantsLabel'
  | 'openById'
  | 'openByIdLabel'
  | 'openByIdHint'
  | 'openButton'
  | 'openByIdInvalid'
  | 'backToMine'
  | 'loadingConversation'
  | 'notFound'
  | 'forbidden'
  | 'loadFailed'
  | 'retry'
  | 'ended'
  | 'liveLive'
  | 'liveOffline'
  | 'liveConnecting'
  | 'liveReconnecting'
  | 'liveDown'
  | 'liveDownDetail'
  | 'liveRefused'
  | 'noParticipants'
  | 'stagedCount'
  | 'savingBadge'
  | 'inDoubtBadge'
  | 'hiddenTabEditsLabel'
  | 'mediaCall'
  | 'unsavedOn'
  | 'unsavedOpen'
  | 'unsavedOpenLabel'
  | 'unsavedLoading'
  | 'mediaEmail'
  | 'mediaMessage'
  | 'unreadableParts'
  | 'purpose_customer'
  | 'purpose_external'
  | 'purpose_agent'
  | 'purpose_user'
  | 'purpose_acd'
  | 'purpose_ivr'
  | 'purpose_workflow'
  | 'purpose_voicemail'
  | 'purpose_campaign'
  | 'legDisconnected'
  | 'legTerminated'

export const conversationMessages: MessageBundle<ConversationMessageKey> = {
  id: 'conversation',
  en: {
    loadingConversations: 'Looking for your active conversations…',
    noActiveTitle: 'No active conversation',
    noActiveBody:
      'When you take a call, chat or message, its participant data shows here. You can also open a conversation by its ID.',
    pickerLabel: 'Conversation',
    pickerHint: {
      one: 'You have {count} active conversation.',
      other: 'You have {count} active conversations.',
    },
    unsavedCount: { one: '{count} unsaved', other: '{count} unsaved' },
    participantsLabel: 'Participants',
    openById: 'Open a conversation by ID',
    openByIdLabel: 'Conversation ID',
    openByIdHint: 'Paste a conversation ID or a Genesys Cloud conversation link.',
    openButton: 'Open',
    openByIdInvalid: 'That is not a conversation ID. It looks like 8c1b0f3e-1234-4c5d-9e8f-0a1b2c3d4e5f.',
    backToMine: 'Back to my conversations',
    loadingConversation: 'Loading conversation…',
    notFound:
      'Conversation {id} was not found. Check the ID or link: it may be mistyped or removed, and agents see only conversations they take part in.',
    forbidden:
      'You do not have permission to view conversation {id}. Ask your Genesys Cloud admin for access.',
    loadFailed: 'Could not load the conversation: {message}',
    retry: 'Try again',
    ended: 'Ended',
    liveLive: 'Live',
    liveConnecting: 'Connecting…',
    liveReconnecting: 'Reconnecting…',
    liveOffline: 'Offline',
    liveDown: 'Live updates paused',
    liveRefused:
      'Genesys Cloud refused live updates for this panel: {reason}. Changes made elsewhere appear within {seconds} s instead, and the server is checked before every commit. Ask an administrator if a permission is missing.',
    liveDownDetail: 'Live updates are paused; refreshing every {seconds} s until they are back.',
    noParticipants: 'This conversation has no participants yet.',
    stagedCount: { one: '{count} staged', other: '{count} staged' },
    savingBadge: 'Saving…',
    inDoubtBadge: 'Not confirmed',
    hiddenTabEditsLabel: 'Show {label}, out of view in the tabs: {badge}',
    mediaCall: 'call',
    unsavedOn: 'Unsaved changes on:',
    unsavedOpen: 'Open',
    unsavedOpenLabel: 'Open {label}, which has unsaved changes',
    unsavedLoading: 'a conversation (loading…)',
    mediaEmail: 'email',
    mediaMessage: 'message',
    unreadableParts: {
      one: 'A part of what Genesys Cloud sent could not be read and is not shown ({count}). Everything else is. Details: {details}',
      other:
        'Parts of what Genesys Cloud sent could not be read and are not shown ({count}). Everything else is. Details: {details}',
    },
    purpose_customer: 'Customer',
    purpose_external: 'External',
    purpose_agent: 'Agent',
    purpose_user: 'User',
    purpose_acd: 'Queue',
    purpose_ivr: 'IVR',
    purpose_workflow: 'Flow',
    purpose_voicemail: 'Voicemail',
    purpose_campaign: 'Campaign',
    legDisconnected: '{label} (disconnected)',
    legTerminated: '{label} (ended)',
  },
}
