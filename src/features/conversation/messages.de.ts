import type { Message } from '../../ui/i18n.tsx'
import type { ConversationMessageKey } from './messages.ts'

/** German for ./messages.ts, in its own file so that only agents working in German download it. */
export const conversationMessagesDe = {
  loadingConversations: 'Ihre aktiven Konversationen werden gesucht…',
  noActiveTitle: 'Keine aktive Konversation',
  noActiveBody:
    'Sobald Sie einen Anruf, Chat oder eine Nachricht annehmen, erscheinen hier die Teilnehmerdaten. Sie können eine Konversation auch über ihre ID öffnen.',
  pickerLabel: 'Konversation',
  pickerHint: {
    one: 'Sie haben {count} aktive Konversation.',
    other: 'Sie haben {count} aktive Konversationen.',
  },
  unsavedCount: { one: '{count} nicht gespeichert', other: '{count} nicht gespeichert' },
  participantsLabel: 'Teilnehmer',
  openById: 'Konversation über ID öffnen',
  openByIdLabel: 'Konversations-ID',
  openByIdHint: 'Fügen Sie eine Konversations-ID oder einen Genesys-Cloud-Link ein.',
  openButton: 'Öffnen',
  openByIdInvalid: 'Das ist keine Konversations-ID. Sie sieht so aus: 8c1b0f3e-1234-4c5d-9e8f-0a1b2c3d4e5f.',
  backToMine: 'Zurück zu meinen Konversationen',
  loadingConversation: 'Konversation wird geladen…',
  notFound:
    'Konversation {id} wurde nicht gefunden. Prüfen Sie die ID oder den Link: Sie kann vertippt oder entfernt sein, und Agenten sehen nur Gespräche, an denen sie teilnehmen.',
  forbidden:
    'Sie dürfen Konversation {id} nicht ansehen. Bitten Sie Ihre Genesys-Cloud-Administration um Zugriff.',
  loadFailed: 'Die Konversation konnte nicht geladen werden: {message}',
  retry: 'Erneut versuchen',
  ended: 'Beendet',
  liveLive: 'Live',
  liveConnecting: 'Verbinde…',
  liveReconnecting: 'Verbinde erneut…',
  liveOffline: 'Offline',
  liveDown: 'Live-Updates pausiert',
  liveRefused:
    'Genesys Cloud hat Live-Aktualisierungen für dieses Panel abgelehnt: {reason}. Änderungen von anderer Stelle erscheinen stattdessen innerhalb von {seconds} s, und vor jedem Speichern wird der Server geprüft. Fragen Sie eine Administratorin oder einen Administrator, falls eine Berechtigung fehlt.',
  liveDownDetail: 'Live-Updates sind pausiert; Aktualisierung alle {seconds} s, bis sie wieder da sind.',
  noParticipants: 'Diese Konversation hat noch keine Teilnehmer.',
  stagedCount: {
    one: '{count} vorgemerkt',
    other: '{count} vorgemerkt',
  },
  savingBadge: 'Wird gespeichert…',
  inDoubtBadge: 'Nicht bestätigt',
  hiddenTabEditsLabel: '{label} zeigen, in den Reitern außer Sicht: {badge}',
  mediaCall: 'Anruf',
  unsavedOn: 'Nicht gespeicherte Änderungen bei:',
  unsavedOpen: 'Öffnen',
  unsavedOpenLabel: '{label} öffnen (nicht gespeicherte Änderungen)',
  unsavedLoading: 'einer Konversation (wird geladen…)',
  mediaEmail: 'E-Mail',
  mediaMessage: 'Nachricht',
  unreadableParts: {
    one: 'Ein Teil dessen, was Genesys Cloud gesendet hat, war nicht lesbar und wird nicht angezeigt ({count}). Alles andere schon. Details: {details}',
    other:
      'Teile dessen, was Genesys Cloud gesendet hat, waren nicht lesbar und werden nicht angezeigt ({count}). Alles andere schon. Details: {details}',
  },
  purpose_customer: 'Kunde',
  purpose_external: 'Extern',
  purpose_agent: 'Agent',
  purpose_user: 'Benutzer',
  purpose_acd: 'Warteschlange',
  purpose_ivr: 'IVR',
  purpose_workflow: 'Flow',
  purpose_voicemail: 'Voicemail',
  purpose_campaign: 'Kampagne',
  legDisconnected: '{label} (getrennt)',
  legTerminated: '{label} (beendet)',
} satisfies Record<ConversationMessageKey, Message>
