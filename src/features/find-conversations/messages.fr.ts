import type { Message } from '../../ui/i18n.tsx'
import type { FindMessageKey } from './messages.ts'

/** French for ./messages.ts, in its own file so that only agents working in French download it. */
export const findMessagesFr = {
  findHeading: 'Rechercher des conversations',
  customerLabel: 'Téléphone ou nom du client',
  queueLabel: 'File d’attente',
  agentLabel: 'Agent',
  mediaLabel: 'Média',
  anyOption: 'Tous',
  fromLabel: 'Du',
  toLabel: 'Au',
  attributeNameLabel: 'Attribut du participant',
  attributeValueLabel: 'Avec la valeur',
  attributeHint:
    'Seuls les attributs que votre administrateur a rendus interrogeables peuvent être recherchés.',
  searchButton: 'Rechercher',
  mineButton: 'Mes conversations actives',
  searching: 'Recherche en cours…',
  resultsHeading: 'Résultats de la recherche',
  resultsCount: { one: '{count} conversation trouvée', other: '{count} conversations trouvées' },
  resultsCountSome: { one: '{count} conversation affichée', other: '{count} conversations affichées' },
  noResults: 'Aucune conversation ne correspond. Élargissez la période ou retirez un filtre.',
  showMore: 'Afficher plus',
  fixAll: { one: 'Corriger {count} conversation…', other: 'Corriger les {count} conversations…' },
  fixAllPaged: 'Corriger toutes les conversations de ce résultat…',
  collecting: 'Collecte de toutes les conversations de ce résultat…',
  openResult: 'Ouvrir {label}',
  media_voice: 'appel',
  media_message: 'message',
  media_chat: 'chat',
  media_email: 'e-mail',
  media_callback: 'rappel',
  media_video: 'vidéo',
  stateActive: 'active',
  stateEnded: 'terminée',
  unknownCustomer: 'client inconnu',
  noQueue: 'aucune file d’attente',
  noAgent: 'aucun agent',
  forbidden:
    'Genesys Cloud a refusé cette recherche : votre rôle n’a pas l’autorisation {permission}. Demandez à votre administrateur Genesys Cloud de l’ajouter à votre rôle.',
  notSearchable:
    'L’attribut {name} n’est pas interrogeable. Un administrateur rend les attributs interrogeables dans Genesys Cloud ; d’ici là, recherchez par client, file d’attente, agent ou période.',
  searchFailed: 'La recherche a échoué : {message}',
  recentHeading: 'Ouvertes récemment',
  recentCurrent: '(ouverte actuellement)',
} satisfies Record<FindMessageKey, Message>
