import type { Message } from '../../ui/i18n.tsx'
import type { CustomAttributesMessageKey } from './messages.ts'

/** French for ./messages.ts, in its own file so that only agents working in French download it. */
export const customAttributesMessagesFr = {
  heading: 'Données de conversation',
  loading: 'Chargement des données de conversation…',
  forbidden:
    'Les données de conversation ne sont pas affichées : votre rôle n’a pas l’autorisation conversation:customAttributes:view.',
  noSchemas:
    'Les données de conversation ne sont pas configurées dans cette organisation (aucun schéma d’attributs personnalisés).',
  noRecords: 'Aucune donnée de conversation n’a été enregistrée pour cette conversation.',
  loadFailed: 'Impossible de charger les données de conversation : {message}',
  retry: 'Réessayer',
  version: 'version {version}',
  pollNote:
    'Actualisé toutes les {seconds} s tant que visible (Genesys n’envoie aucune notification pour ces données).',
  required: 'obligatoire',
  readOnly: 'Non modifiable ici (type non pris en charge) ; affiché tel qu’enregistré.',
  empty: '(vide)',
  none: '(aucun)',
  yes: 'Oui',
  no: 'Non',
  stagedBadge: 'en attente',
  serverWas: 'sur le serveur : {value}',
  characters: {
    one: '{count} caractère sur {max}',
    other: '{count} caractères sur {max}',
  },
  undo: 'Annuler la modification de {field}',
  stagedCount: {
    one: '{count} en attente',
    other: '{count} en attente',
  },
  review: 'Vérifier les modifications des données de conversation',
  hideReview: 'Masquer la vérification',
  discard: 'Annuler les modifications des données de conversation',
  commit: 'Enregistrer les données de conversation',
  committing: 'Enregistrement des données de conversation…',
  committed: {
    one: 'Enregistré dans les données de conversation : {count} champ écrit.',
    other: 'Enregistré dans les données de conversation : {count} champs écrits.',
  },
  reviewCaption: 'Modifications des données de conversation',
  reviewField: 'Champ',
  reviewBefore: 'Actuellement sur le serveur',
  reviewAfter: 'Après enregistrement',
  conflictHeading: 'Modifié par quelqu’un d’autre pendant votre saisie',
  conflictRefused:
    'Genesys Cloud a refusé l’écriture : l’enregistrement a changé entre-temps (version {version} maintenant). Choisissez pour chaque champ, puis enregistrez à nouveau.',
  conflictSeen:
    'Quelqu’un d’autre a modifié des champs que vous avez changés (l’enregistrement est maintenant en version {version}). Choisissez pour chaque champ, puis enregistrez.',
  conflictMine: 'La vôtre : {value}',
  conflictTheirs: 'La leur : {value}',
  keepMine: 'Garder la mienne pour {field}',
  takeTheirs: 'Prendre la leur pour {field}',
  rebased:
    'L’enregistrement a changé entre-temps, mais pas dans les champs que vous avez modifiés. Vos modifications reposent maintenant sur la version {version} : enregistrez à nouveau.',
  commitFailed: 'Non enregistré : {message} Vos modifications sont conservées.',
  commitForbidden:
    'Non enregistré : votre rôle ne peut pas modifier les données de conversation (conversation:customAttributes:edit). Vos modifications sont conservées.',
  commitUncertain:
    'La réponse à l’enregistrement s’est perdue, et une nouvelle lecture ne montre pas vos modifications. Elles sont conservées : enregistrez à nouveau.',
  savedAnswerLost: 'Enregistré ✓ {fields}. La réponse s’est perdue, mais le serveur affiche la modification.',
  conflictBlocks: 'Réglez d’abord les champs modifiés par quelqu’un d’autre avant d’enregistrer.',
  invalidBlocks: 'Une valeur en attente ne respecte plus le schéma : {message}',
  notStaged: 'Non mis en attente.',
  rule_required: '{field} est obligatoire : il ne peut pas être vidé.',
  rule_type_number:
    '{field} doit être un nombre (chiffres avec un seul point ou une seule virgule décimale).',
  rule_type_integer: '{field} doit être un nombre entier.',
  rule_type_text: '{field} doit être du texte.',
  rule_type_boolean: '{field} doit être oui ou non.',
  rule_enum: '{field} doit être l’une des valeurs listées par le schéma.',
  rule_minLength: '{field} doit comporter au moins {limit} caractères.',
  rule_maxLength: '{field} doit comporter au plus {limit} caractères.',
  rule_minimum: '{field} doit être au moins égal à {limit}.',
  rule_maximum: '{field} doit être au plus égal à {limit}.',
  rule_format: '{field} doit être une date et une heure au format {limit}.',
  rule_unknown: '{field} n’est pas un champ du schéma de cet enregistrement.',
  policyHidden: {
    one: '{count} champ de cet enregistrement est masqué par la politique des attributs.',
    other: '{count} champs de cet enregistrement sont masqués par la politique des attributs.',
  },
  policyMasked:
    'Masqué par la politique des attributs : la valeur n’est pas affichée et ne peut pas être modifiée ici.',
  policyReadOnly: 'Votre rôle ne peut pas modifier « {field} » (politique des attributs).',
  policyBlocks:
    'Non envoyé : votre rôle ne peut pas modifier « {field} » (politique des attributs). Une modification a été préparée avant que la politique s’applique ; abandonnez-la pour enregistrer.',
  policyDrop: 'Abandonner la modification de {field}',
  policyRefusedCommit:
    'Non envoyé : votre rôle ne peut pas modifier {fields} (politique des attributs). Rien n’a été écrit ; abandonnez ces modifications pour enregistrer les autres.',
  more: 'Plus',
  moreLabel: 'Plus pour {record} : export, corrections en masse',
  exportJson: 'Exporter en JSON',
  exportCsv: 'Exporter en CSV',
  exportJsonLabel: 'Exporter {record} en JSON',
  exportCsvLabel: 'Exporter {record} en CSV',
  exportNote:
    'Exporte les valeurs enregistrées dans Genesys Cloud, pas les modifications en attente. Les champs masqués sont exportés en points ; les champs cachés sont omis.',
  exportNoteUnmasked:
    'Exporte les valeurs enregistrées dans Genesys Cloud, pas les modifications en attente. Les champs masqués sont exportés en clair ; les champs cachés sont omis.',
  bulkLabel: 'Corrections en masse pour {record}',
  bulkHint:
    'Collez ou déposez des lignes champ,valeur (CSV ou TSV) ou un objet JSON. Les valeurs sont vérifiées comme à la saisie ; rien n’est envoyé avant que vous ne vérifiiez et enregistriez.',
  bulkFile: 'Choisir un fichier',
  bulkStage: 'Mettre les corrections en attente',
  bulkStaged: {
    one: '{count} modification en attente : vérifiez-la, puis enregistrez.',
    other: '{count} modifications en attente : vérifiez-les, puis enregistrez.',
  },
  bulkNothing: 'Rien à mettre en attente : l’enregistrement contient déjà ces valeurs.',
  bulkBlocked: 'Rien mis en attente : corrigez d’abord ces lignes.',
  bulkLine: 'Ligne {line} : {message}',
  bulkDuplicate: '{field} est nommé deux fois (d’abord ligne {earlier}).',
  bulkUnknown: 'Ignorée, ligne {line} : « {name} » n’est pas un champ de cet enregistrement.',
  bulkNotWritable:
    'Ignorée, ligne {line} : votre rôle ne peut pas modifier « {field} » (politique d’attributs).',
  bulkMaskedSkipped: {
    one: '{count} valeur masquée (points) laissée telle quelle.',
    other: '{count} valeurs masquées (points) laissées telles quelles.',
  },
  bulkUnchanged: {
    one: '{count} ligne correspond déjà à l’enregistrement.',
    other: '{count} lignes correspondent déjà à l’enregistrement.',
  },
  bulkReadFailed: 'Le fichier n’a pas pu être lu.',
  syntax_empty: 'Il n’y a rien à lire.',
  'syntax_json-syntax': 'Ce n’est pas du JSON valide.',
  'syntax_json-not-object': 'Le JSON doit être un objet de champs et de valeurs.',
  'syntax_value-not-scalar': 'La valeur de « {name} » doit être un texte, un nombre, true, false ou null.',
  'syntax_field-count': 'Une ligne doit avoir deux cellules : champ et valeur.',
  'syntax_unterminated-quote': 'Un guillemet est ouvert et jamais fermé.',
} satisfies Record<CustomAttributesMessageKey, Message>
