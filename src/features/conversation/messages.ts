import type { MessageBundle } from '../../ui/i18n.tsx'

type ConversationMessageKey =
  | 'loadingConversations'
  | 'noActiveTitle'
  | 'noActiveBody'
  | 'pickerLabel'
  | 'pickerHint'
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
  | 'liveConnecting'
  | 'liveReconnecting'
  | 'liveDown'
  | 'liveDownDetail'
  | 'noParticipants'
  | 'stagedCount'
  | 'mediaCall'
  | 'mediaEmail'
  | 'mediaMessage'

export const conversationMessages: MessageBundle<ConversationMessageKey> = {
  en: {
    loadingConversations: 'Looking for your active conversations…',
    noActiveTitle: 'No active conversation',
    noActiveBody:
      'When you take a call, chat or message, its participant data shows here. You can also open a conversation by its ID.',
    pickerLabel: 'Conversation',
    pickerHint: 'You have {count} active conversations.',
    participantsLabel: 'Participants',
    openById: 'Open a conversation by ID',
    openByIdLabel: 'Conversation ID',
    openByIdHint: 'Paste a conversation ID or a Genesys Cloud conversation link.',
    openButton: 'Open',
    openByIdInvalid: 'That is not a conversation ID. It looks like 8c1b0f3e-1234-4c5d-9e8f-0a1b2c3d4e5f.',
    backToMine: 'Back to my conversations',
    loadingConversation: 'Loading conversation…',
    notFound:
      'Conversation {id} was not found. It may have been removed, or you may not be a participant. Check the ID, or ask a supervisor.',
    forbidden:
      'You do not have permission to view conversation {id}. Ask your Genesys Cloud admin for access.',
    loadFailed: 'Could not load the conversation: {message}',
    retry: 'Try again',
    ended: 'Ended',
    liveLive: 'Live',
    liveConnecting: 'Connecting…',
    liveReconnecting: 'Reconnecting…',
    liveDown: 'Live updates paused',
    liveDownDetail: 'Live updates are paused; refreshing every {seconds} s until they are back.',
    noParticipants: 'This conversation has no participants yet.',
    stagedCount: '{count} staged',
    mediaCall: 'call',
    mediaEmail: 'email',
    mediaMessage: 'message',
  },
  de: {
    loadingConversations: 'Ihre aktiven Konversationen werden gesucht…',
    noActiveTitle: 'Keine aktive Konversation',
    noActiveBody:
      'Sobald Sie einen Anruf, Chat oder eine Nachricht annehmen, erscheinen hier die Teilnehmerdaten. Sie können eine Konversation auch über ihre ID öffnen.',
    pickerLabel: 'Konversation',
    pickerHint: 'Sie haben {count} aktive Konversationen.',
    participantsLabel: 'Teilnehmer',
    openById: 'Konversation über ID öffnen',
    openByIdLabel: 'Konversations-ID',
    openByIdHint: 'Fügen Sie eine Konversations-ID oder einen Genesys-Cloud-Link ein.',
    openButton: 'Öffnen',
    openByIdInvalid:
      'Das ist keine Konversations-ID. Sie sieht so aus: 8c1b0f3e-1234-4c5d-9e8f-0a1b2c3d4e5f.',
    backToMine: 'Zurück zu meinen Konversationen',
    loadingConversation: 'Konversation wird geladen…',
    notFound:
      'Konversation {id} wurde nicht gefunden. Sie wurde eventuell entfernt, oder Sie sind kein Teilnehmer. Prüfen Sie die ID oder fragen Sie eine Teamleitung.',
    forbidden:
      'Sie dürfen Konversation {id} nicht ansehen. Bitten Sie Ihre Genesys-Cloud-Administration um Zugriff.',
    loadFailed: 'Die Konversation konnte nicht geladen werden: {message}',
    retry: 'Erneut versuchen',
    ended: 'Beendet',
    liveLive: 'Live',
    liveConnecting: 'Verbinde…',
    liveReconnecting: 'Verbinde erneut…',
    liveDown: 'Live-Updates pausiert',
    liveDownDetail: 'Live-Updates sind pausiert; Aktualisierung alle {seconds} s, bis sie wieder da sind.',
    noParticipants: 'Diese Konversation hat noch keine Teilnehmer.',
    stagedCount: '{count} vorgemerkt',
    mediaCall: 'Anruf',
    mediaEmail: 'E-Mail',
    mediaMessage: 'Nachricht',
  },
}
