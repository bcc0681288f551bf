import type { Message } from '../../../ui/i18n.tsx'
import type { GovernanceToolsMessageKey } from './tools-messages.ts'

/** French for ./tools-messages.ts, in its own file so that only agents working in French download it. */
export const governanceToolsMessagesFr = {
  bulkHeading: 'Corrections groupées',
  bulkLabel: 'Corrections : un objet JSON ou des lignes CSV/TSV nom,valeur',
  bulkHint:
    'Collez ou déposez un fichier. L’en-tête « name,value » est facultatif ; mettez entre guillemets les champs contenant des virgules ou des sauts de ligne. Rien n’est envoyé avant l’enregistrement.',
  bulkFile: 'Choisir un fichier',
  bulkStage: 'Mettre les corrections en attente',
  bulkStaged: {
    one: '{count} correction mise en attente depuis {format}. Vérifiez-la, puis enregistrez.',
    other: '{count} corrections mises en attente depuis {format}. Vérifiez-les, puis enregistrez.',
  },
  bulkNothing: 'Rien à mettre en attente : toutes les valeurs correspondent déjà.',
  bulkRestored: {
    one: 'Ce CSV a été exporté ici : l’apostrophe que l’export place devant {count} cellule commençant par = + - @ (pour que les tableurs ne l’exécutent pas comme formule) a été retirée.',
    other:
      'Ce CSV a été exporté ici : l’apostrophe que l’export place devant {count} cellules commençant par = + - @ (pour que les tableurs ne les exécutent pas comme formules) a été retirée.',
  },
  bulkSkipped: {
    one: '{count} ligne a été laissée de côté volontairement :',
    other: '{count} lignes ont été laissées de côté volontairement :',
  },
  bulkSkippedMasked: '« {name} » : masqué dans l’export (points) ; une valeur masquée n’est jamais réécrite.',
  bulkSkippedReadOnly:
    '« {name} » : votre rôle ne peut pas le modifier, et le fichier contient sa valeur actuelle.',
  bulkRefused: 'Rien n’a été mis en attente. Corrigez ces lignes et réessayez :',
  bulkLine: 'Ligne {line}',
  bulkWhole: 'Liste entière',
  bulk_json_syntax: 'JSON non valide : {detail}',
  bulk_json_not_object:
    'Le JSON doit être un objet associant des noms à des valeurs texte, par exemple {"Name": "valeur"}.',
  bulk_value_not_string: '« {name} » : la valeur doit être du texte (entre guillemets).',
  bulk_field_count: {
    one: '2 champs attendus (nom, valeur), {count} trouvé.',
    other: '2 champs attendus (nom, valeur), {count} trouvés.',
  },
  bulk_unterminated_quote: 'Un champ entre guillemets n’est jamais fermé.',
  bulk_duplicate_name: '« {name} » apparaît à nouveau (d’abord à la ligne {earlier}).',
  bulk_empty: 'Collez d’abord des corrections.',
  bulk_policy: '« {name} » : votre rôle ne peut pas modifier ce nom (politique des attributs).',
  bulk_policy_reason: '« {name} » : votre rôle ne peut pas modifier ce nom : {reason}',
  bulk_invalid: '« {name} » : {detail}',
  exportHeading: 'Export',
  exportJson: 'Exporter en JSON',
  exportJsonLabel: 'Exporter les attributs de {participant} en JSON',
  exportCsv: 'Exporter en CSV',
  exportCsvLabel: 'Exporter les attributs de {participant} en CSV',
  exportNote: 'Les noms masqués sont exclus ; les valeurs masquées sont exportées sous forme de points.',
  exportNoteUnmasked:
    'Les noms masqués sont exclus ; les valeurs masquées sont exportées en clair (autorisé par la politique).',
  auditHeading: 'Historique de cette conversation (cette session du navigateur)',
  auditEmpty: 'Aucun enregistrement dans cette session du navigateur pour l’instant.',
  auditEntry: '{time} · {who} · {participant}',
  auditEntryRecord: '{time} · {who} · Données de conversation « {participant} »',
  auditName: 'Nom',
  auditOld: 'Ancienne valeur',
  auditNew: 'Nouvelle valeur',
  notSet: '(non défini)',
  emptyValue: '(vide)',
} satisfies Record<GovernanceToolsMessageKey, Message>
