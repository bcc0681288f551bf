import type { Message } from '../../ui/i18n.tsx'
import type { BulkFixMessageKey } from './messages.ts'

/** French for ./messages.ts, in its own file so that only agents working in French download it. */
export const bulkFixMessagesFr = {
  heading: 'Corriger plusieurs conversations',
  fromSearch: {
    one: 'Appliquer les valeurs à {count} conversation du résultat de recherche.',
    other: 'Appliquer les valeurs aux {count} conversations du résultat de recherche.',
  },
  valuesLabel: 'Valeurs à appliquer (un NOM=valeur par ligne)',
  purposeLabel: 'Participant',
  purpose_customer: 'client',
  purpose_agent: 'agent',
  purpose_acd: 'file d’attente (ACD)',
  purpose_ivr: 'SVI',
  fileLabel: 'Fichier de corrections (CSV ou JSON)',
  pasteLabel: 'Ou collez des corrections',
  fileHint:
    'CSV : une colonne conversationId, éventuellement purpose ou participantId, une colonne par attribut, et expected:NOM pour la valeur que vous attendez actuellement. JSON : [{"conversationId", "purpose", "attributes", "expected"}].',
  inputProblems: {
    one: '{count} ligne est inutilisable (aucune conversation ou aucune valeur).',
    other: '{count} lignes sont inutilisables (aucune conversation ou aucune valeur).',
  },
  nothingToDo: 'Rien à corriger : indiquez au moins une conversation et une valeur.',
  dryRun: 'Simulation',
  checking: 'Vérification des conversations : {done} sur {total}…',
  dryRunSummary:
    'Simulation. À modifier : {planned} ; déjà correctes : {unchanged} ; en conflit : {conflicts} ; refusées par la politique : {refused} ; introuvables : {missing}.',
  tableLabel: 'Simulation par conversation',
  colConversation: 'Conversation',
  colChanges: 'Modifications',
  colConflicts: 'Conflits',
  colRefused: 'Refusé par la politique',
  colStatus: 'État',
  none: '(aucun)',
  run: 'Lancer la correction',
  pause: 'Pause',
  resume: 'Reprendre',
  discard: 'Abandonner',
  startNew: 'Nouvelle correction',
  progressLabel: 'Avancement de la correction',
  progress: 'Traitées : {done} sur {total}',
  timeLeft: 'encore {seconds} s environ',
  pausing: 'Mise en pause après les conversations en cours…',
  paused:
    'En pause. Traitées : {done} sur {total}. Rien n’est perdu ; Reprendre continue là où la correction s’est arrêtée.',
  interrupted:
    'Cette correction a été interrompue (la page a été rechargée). Reprendre relit chaque conversation qui était en cours d’écriture pour la vérifier, et ne l’écrit jamais deux fois.',
  finished:
    'Terminé. Corrigées : {done} ; déjà correctes : {unchanged} ; conflits : {conflicts} ; refusées : {refused} ; non confirmées : {unconfirmed} ; en échec : {failed}.',
  requests: {
    one: '{count} requête à Genesys Cloud, dans la limite de débit.',
    other: '{count} requêtes à Genesys Cloud, dans la limite de débit.',
  },
  exportCsv: 'Exporter le rapport (CSV)',
  exportJson: 'Exporter le rapport (JSON)',
  status_planned: 'à modifier',
  status_unchanged: 'déjà correcte',
  status_missing: 'introuvable',
  status_sending: 'en cours d’écriture',
  status_done: 'corrigée',
  status_conflict: 'conflit',
  status_refused: 'refusée par la politique',
  status_unconfirmed: 'non confirmée : à vérifier',
  status_failed: 'échec',
} satisfies Record<BulkFixMessageKey, Message>
