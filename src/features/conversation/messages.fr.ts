import type { Message } from '../../ui/i18n.tsx'
import type { ConversationMessageKey } from './messages.ts'

/** French for ./messages.ts, in its own file so that only agents working in French download it. */
export const conversationMessagesFr = {
  loadingConversations: 'Recherche de vos conversations actives…',
  noActiveTitle: 'Aucune conversation active',
  noActiveBody:
    'Quand vous prenez un appel, un chat ou un message, les données de ses participants s’affichent ici. Vous pouvez aussi ouvrir une conversation par son ID.',
  pickerLabel: 'Conversation',
  pickerHint: {
    one: 'Vous avez {count} conversation active.',
    other: 'Vous avez {count} conversations actives.',
  },
  unsavedCount: { one: '{count} non enregistrée', other: '{count} non enregistrées' },
  participantsLabel: 'Participants',
  openById: 'Ouvrir une conversation par ID',
  openByIdLabel: 'ID de conversation',
  openByIdHint: 'Collez un ID de conversation ou un lien de conversation Genesys Cloud.',
  openButton: 'Ouvrir',
  openByIdInvalid: 'Ce n’est pas un ID de conversation. Il ressemble à 8c1b0f3e-1234-4c5d-9e8f-0a1b2c3d4e5f.',
  backToMine: 'Retour à mes conversations',
  loadingConversation: 'Chargement de la conversation…',
  notFound:
    'La conversation {id} est introuvable. Vérifiez l’ID ou le lien : il est peut-être mal saisi, ou la conversation a été supprimée ; les agents ne voient que les conversations auxquelles ils participent.',
  forbidden:
    'Vous n’avez pas l’autorisation de voir la conversation {id}. Demandez l’accès à votre administrateur Genesys Cloud.',
  loadFailed: 'Impossible de charger la conversation : {message}',
  retry: 'Réessayer',
  ended: 'Terminée',
  liveLive: 'En direct',
  liveConnecting: 'Connexion…',
  liveReconnecting: 'Reconnexion…',
  liveOffline: 'Hors ligne',
  liveDown: 'Mises à jour en direct suspendues',
  liveRefused:
    'Genesys Cloud a refusé les mises à jour en direct pour ce panneau : {reason}. Les modifications faites ailleurs apparaissent à la place sous {seconds} s, et le serveur est vérifié avant chaque enregistrement. Adressez-vous à un administrateur s’il manque une autorisation.',
  liveDownDetail:
    'Mises à jour en direct suspendues ; actualisation toutes les {seconds} s jusqu’à leur retour.',
  noParticipants: 'Cette conversation n’a pas encore de participants.',
  stagedCount: {
    one: '{count} en attente',
    other: '{count} en attente',
  },
  savingBadge: 'Enregistrement…',
  inDoubtBadge: 'Non confirmé',
  hiddenTabEditsLabel: 'Afficher {label}, hors de vue dans les onglets : {badge}',
  mediaCall: 'appel',
  unsavedOn: 'Modifications non enregistrées sur :',
  unsavedOpen: 'Ouvrir',
  unsavedOpenLabel: 'Ouvrir {label}, qui a des modifications non enregistrées',
  unsavedLoading: 'une conversation (chargement…)',
  mediaEmail: 'e-mail',
  mediaMessage: 'message',
  unreadableParts: {
    one: 'Une partie de ce que Genesys Cloud a envoyé est illisible et n’est pas affichée ({count}). Tout le reste l’est. Détails : {details}',
    other:
      'Des parties de ce que Genesys Cloud a envoyé sont illisibles et ne sont pas affichées ({count}). Tout le reste l’est. Détails : {details}',
  },
  purpose_customer: 'Client',
  purpose_external: 'Externe',
  purpose_agent: 'Agent',
  purpose_user: 'Utilisateur',
  purpose_acd: 'File d’attente',
  purpose_ivr: 'SVI',
  purpose_workflow: 'Flux',
  purpose_voicemail: 'Messagerie vocale',
  purpose_campaign: 'Campagne',
  legDisconnected: '{label} (déconnecté)',
  legTerminated: '{label} (terminé)',
} satisfies Record<ConversationMessageKey, Message>
