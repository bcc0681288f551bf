import type { Message } from '../../ui/i18n.tsx'
import type { AttributeMessageKey } from './messages.ts'

/** French for ./messages.ts, in its own file so that only agents working in French download it. */
export const attributeMessagesFr = {
  tableLabel: 'Attributs du participant',
  panelLabel: 'Attributs de {participant}',
  columnName: 'Nom',
  columnValue: 'Valeur',
  columnState: 'État',
  sortByName: 'Trier par nom',
  valueOf: 'Valeur de {name}',
  status_unchanged: 'Inchangé',
  status_added: 'Ajouté',
  status_changed: 'Modifié',
  status_cleared: 'Vidé',
  status_conflict: 'Conflit',
  status_saving: 'Enregistrement…',
  status_confirming: 'Confirmation…',
  status_unconfirmed: 'Non confirmé',
  undoRow: 'Annuler',
  undoRowLabel: 'Annuler {name}',
  clearValue: 'Vider la valeur',
  clearValueLabel: 'Vider la valeur de {name}',
  clearNote: 'Genesys Cloud ne permet pas de supprimer : vider enregistre une valeur vide.',
  editHint: 'Entrée met la valeur en attente, Maj+Entrée ajoute une ligne, Échap annule.',
  serverValue: 'Sur le serveur : {value}',
  notSet: '(non défini)',
  emptyValue: '(vide)',
  formattedJson: 'JSON mis en forme',
  formattedJsonPartial: 'Abrégé (profondeur {depth}, {limit} caractères) ; la valeur n’est pas modifiée.',
  conflictNote: 'Modifié ailleurs depuis votre mise en attente.',
  conflictTheirs: 'Serveur maintenant : {value}',
  conflictMine: 'La vôtre : {value}',
  keepMine: 'Garder la mienne',
  keepMineLabel: 'Garder la mienne pour {name}',
  useTheirs: 'Prendre celle du serveur',
  useTheirsLabel: 'Prendre celle du serveur pour {name}',
  changedElsewhere: 'Modifié ailleurs à {time}',
  changedElsewhereWas: 'était {value}',
  changedWhileTyping:
    'Modifié ailleurs pendant votre saisie. Maintenant : {value}. En mettant la vôtre en attente, vous choisirez laquelle garder.',
  addHeading: 'Ajouter un attribut',
  attributeName: 'Nom de l’attribut',
  attributeValue: 'Valeur de l’attribut',
  addAttribute: 'Ajouter l’attribut',
  addSentToRow:
    '« {name} » existe : rien n’a été ajouté. Votre valeur est dans son éditeur ci-dessus ; Entrée la met en attente, Échap garde l’ancienne.',
  characterCount: '{length} / {limit} caractères',
  filterLabel: 'Filtrer les attributs',
  noMatches: 'Aucun attribut ne correspond à « {query} ».',
  noAttributes: 'Ce participant n’a pas encore d’attributs.',
  reviewChanges: 'Vérifier les modifications',
  commit: 'Enregistrer',
  discardAll: 'Tout annuler',
  undoLastLabel: 'Annuler la dernière modification',
  redoLastLabel: 'Rétablir la dernière modification',
  stagedCount: {
    one: '{count} modification en attente',
    other: '{count} modifications en attente',
  },
  toolbarLabel: 'Modifications en attente',
  reviewTitle: 'Vérifier les modifications de {participant}',
  reviewOld: 'Ancienne valeur',
  reviewNew: 'Nouvelle valeur',
  reviewNothing: 'Rien à enregistrer.',
  reviewHeldBack: {
    one: '{count} modification a été changée ailleurs et ne sera envoyée que lorsque vous aurez choisi « Garder la mienne » ou « Prendre celle du serveur ».',
    other:
      '{count} modifications ont été changées ailleurs et ne seront envoyées que lorsque vous aurez choisi « Garder la mienne » ou « Prendre celle du serveur ».',
  },
  close: 'Fermer',
  endedBanner:
    'Cette conversation est terminée. Vous pouvez encore modifier ses attributs, mais les analyses ne conservent pas les modifications faites après la fin.',
  liveStatus_connecting: 'connexion en cours',
  liveStatus_reconnecting: 'reconnexion en cours',
  liveStatus_down: 'interrompues',
  liveDown:
    'Les mises à jour en direct ne sont pas connectées ({status}). Le serveur est revérifié avant chaque enregistrement.',
  committed: {
    one: '{count} modification envoyée. En attente de son affichage dans Genesys Cloud…',
    other: '{count} modifications envoyées. En attente de leur affichage dans Genesys Cloud…',
  },
  heldBack: {
    one: '{count} modification a été changée ailleurs et n’a pas été envoyée : choisissez « Garder la mienne » ou « Prendre celle du serveur ».',
    other:
      '{count} modifications ont été changées ailleurs et n’ont pas été envoyées : choisissez « Garder la mienne » ou « Prendre celle du serveur ».',
  },
  changedSinceCommit:
    'Non envoyé : {names} a changé après « Enregistrer ». Ce que vous avez mis en attente depuis est conservé ; enregistrez à nouveau pour l’envoyer.',
  error_rejected:
    'Genesys Cloud a refusé la modification de {names} : {detail} Corrigez la valeur et enregistrez à nouveau. Vos modifications sont conservées.',
  error_rejected_overLimit:
    'Genesys Cloud a refusé la modification de {names} : {detail} Ce participant a déjà {held} attributs, plus que les {limit} acceptés par Genesys Cloud ; aucune modification ne peut être enregistrée tant qu’un flux ou un administrateur n’en a pas retiré. Vos modifications sont conservées.',
  error_forbidden:
    'Vous n’avez pas l’autorisation de modifier les données de ce participant (403). Vos modifications sont conservées ; demandez l’autorisation à un administrateur.',
  error_not_found:
    'Cette conversation n’existe plus ou ne vous est plus visible (404). Vos modifications sont conservées mais ne peuvent pas être envoyées.',
  error_rate_limited: {
    one: 'Genesys Cloud limite le débit de cette application. Votre modification est conservée ; nouvel essai dans {seconds} s.',
    other:
      'Genesys Cloud limite le débit de cette application. Vos {count} modifications sont conservées ; nouvel essai dans {seconds} s.',
  },
  error_uncertain_checked: {
    one: 'L’enregistrement a échoué : la modification a peut-être été enregistrée. Nous avons vérifié le serveur : {landed} sur {count} est arrivée. Elle peut encore arriver et reste surveillée ; rien n’est renvoyé sauf si vous choisissez « Renvoyer ».',
    other:
      'L’enregistrement a échoué : les modifications ont peut-être été enregistrées. Nous avons vérifié le serveur : {landed} sur {count} sont arrivées. Les autres peuvent encore arriver et restent surveillées ; rien n’est renvoyé sauf si vous choisissez « Renvoyer ».',
  },
  error_uncertain_unchecked:
    'L’enregistrement a échoué : les modifications ont peut-être été enregistrées, et le serveur n’a pas encore pu être vérifié. Vos modifications sont conservées et surveillées ; rien n’est renvoyé sauf si vous choisissez « Renvoyer ».',
  error_unauthorized: 'Votre connexion a expiré. Reconnectez-vous ; vos modifications sont conservées.',
  commitWaitingForNetwork:
    'Vous êtes hors ligne. Rien n’a encore été envoyé : votre validation partira dès le retour de la connexion, avec seulement les modifications validées. Vous pouvez continuer à modifier ou tout annuler.',
  retry: 'Réessayer',
  outcomesUnavailable:
    'Certaines modifications ont été envoyées mais ne sont pas confirmées, et les choix correspondants n’ont pas pu être chargés. Vérifiez la connexion et réessayez.',
  notCovered:
    'Vous ne participez pas à cette conversation : les modifications faites ailleurs apparaissent sous 10 s, pas en direct. Le serveur est vérifié avant chaque enregistrement.',
  readFailed:
    'Le serveur n’a pas pu être lu avant l’envoi. Rien n’a été envoyé ; vos modifications sont conservées. Réessayez.',
  retryNow: 'Réessayer maintenant',
  problem_rejected: 'Refusé par Genesys Cloud.',
  problem_forbidden: 'Pas d’autorisation.',
  problem_not_found: 'Conversation introuvable.',
  problem_rate_limited: 'En attente de la limite de débit.',
  problem_uncertain: 'Peut-être non enregistré ; vérification du serveur en cours.',
  problem_unconfirmed: 'Envoyé, mais Genesys Cloud ne l’affiche pas encore. Vérifiez à nouveau ou renvoyez.',
  problem_interrupted: 'Envoyé avant le rechargement de la page ; vérification du serveur en cours.',
  problem_unauthorized: 'Reconnectez-vous pour envoyer.',
  issue_name_blank: 'Saisissez un nom : Genesys Cloud n’accepte pas les noms vides.',
  issue_name_whitespace:
    'Le nom commence ou se termine par une espace. Les noms doivent correspondre exactement : vouliez-vous dire « {trimmed} » ?',
  issue_name_case_clash:
    '« {existing} » existe déjà avec d’autres majuscules. Les noms sont sensibles à la casse : les flux qui lisent « {existing} » ne verront pas celui-ci.',
  issue_name_lookalike_normalisation:
    'Ressemble exactement à « {existing} » (autre forme Unicode) mais c’est un autre nom : les flux qui lisent « {existing} » ne le verront pas.',
  issue_name_lookalike_invisible:
    'Ressemble à « {existing} » mais contient des caractères invisibles (« {name} ») : les flux qui lisent « {existing} » ne le verront pas.',
  issue_name_lookalike_letters:
    'Ressemble à « {existing} » mais utilise des lettres similaires (« {name} ») : les flux qui lisent « {existing} » ne le verront pas.',
  issue_name_invisible: 'Le nom contient des caractères invisibles : « {name} ».',
  issue_name_dot: 'Les scripts d’agent ne peuvent pas lire les noms contenant « . ».',
  issue_name_exists: 'Ce nom existe déjà : Ajouter vous mène à sa ligne pour y modifier la valeur.',
  issue_name_too_long: 'Le nom compte {length} caractères ; la limite est de {limit}.',
  issue_value_too_long: 'La valeur compte {length} caractères ; la limite est de {limit}.',
  issue_value_not_string: 'Les valeurs doivent être du texte.',
  issue_too_many: 'Ce participant a déjà {limit} attributs, le maximum configuré.',
  policy_refused_name: 'Votre rôle ne peut pas modifier « {name} » (politique des attributs).',
  policy_refused_commit:
    'Non envoyé : votre rôle ne peut pas modifier {names} (politique des attributs). Annulez ces modifications ; les autres ont été envoyées.',
  access_read_only: 'Lecture seule',
  unwritable_commit:
    'Non envoyé : Genesys Cloud refuse les écritures sur {names} (un nom vide, ou un nom au-delà de la longueur maximale). Annulez ces modifications ; le reste du commit n’est pas concerné.',
  unreadableKept:
    'Les dernières valeurs envoyées par Genesys Cloud pour {names} ne sont pas du texte et n’ont pas pu être lues. Ces lignes montrent la dernière valeur lisible.',
  unreadableNotShown:
    'Les valeurs envoyées par Genesys Cloud pour {names} ne sont pas du texte et n’ont pas pu être lues ; elles ne sont pas affichées.',
  rowUnreadable:
    'La dernière valeur envoyée par Genesys Cloud n’est pas du texte et n’a pas pu être lue. Affichée : la dernière valeur lisible.',
  rowNameBlank: 'Non modifiable : Genesys Cloud refuse les écritures sur un nom vide.',
  rowNameTooLong:
    'Non modifiable : ce nom compte {length} caractères et Genesys Cloud n’accepte les écritures que pour des noms de {limit} au plus.',
  access_masked: 'Masqué',
  masked_value_label: 'La valeur de {name} est masquée',
  reveal: 'Afficher',
  reveal_label: 'Afficher la valeur de {name} pendant {seconds} secondes',
  revealRemaining: 'Visible encore {seconds} s, plus longtemps pendant la modification.',
  revealHeld: 'Visible pendant la modification ; masquée quand vous quittez le champ.',
  loadingRows: {
    one: 'Chargement de {count} attribut…',
    other: 'Chargement des {count} attributs…',
  },
  noticesLabel: 'Avis',
  dismissNotices: 'Masquer les avis',
  filterPlaceholder: 'Filtrer',
  gridKeysHint:
    'Flèches : se déplacer ; Entrée, F2 ou saisie : modifier ; Ctrl+Entrée : vérifier, puis enregistrer.',
  sortNext_ascending: 'Trier par nom, de A à Z',
  sortNext_descending: 'Trier par nom, de Z à A',
  sortNext_server: 'Tri par nom désactivé : ordre du serveur',
  rowActionsLabel: 'Actions pour {name}',
  copyFailed: 'Copie impossible : le navigateur a refusé l’accès au presse-papiers.',
  copyAll: 'Tout copier',
  copiedAll: {
    one: '{count} attribut copié tel qu’affiché',
    other: '{count} attributs copiés tels qu’affichés',
  },
  openLinkLabel: 'Ouvrir {name} dans un nouvel onglet',
  showAllLabel: 'Afficher {name} en entier',
  showLessLabel: 'Afficher moins de {name}',
  saved: 'Enregistré ✓ {names}',
  savedAnswerLost: 'Enregistré ✓ {names}. La réponse s’est perdue, mais le serveur affiche la modification.',
  revert: 'Restaurer',
  reverted: {
    one: 'Valeur précédente de {names} préparée : vérifiez-la et enregistrez-la, ou annulez-la.',
    other:
      '{count} valeurs précédentes préparées ({names}) : vérifiez-les et enregistrez-les, ou annulez-les.',
  },
  revertLeftOut: {
    one: 'Non restauré : {names}. Votre rôle ne peut plus le modifier (règle des attributs).',
    other: '{count} non restaurés : {names}. Votre rôle ne peut plus les modifier (règle des attributs).',
  },
  details: 'Détails',
} satisfies Record<AttributeMessageKey, Message>
