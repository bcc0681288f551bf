import type { Message } from '../../ui/i18n.tsx'
import type { CustomAttributesMessageKey } from './messages.ts'

/** German for ./messages.ts, in its own file so that only agents working in German download it. */
export const customAttributesMessagesDe = {
  heading: 'Konversationsdaten',
  loading: 'Konversationsdaten werden geladen…',
  forbidden:
    'Konversationsdaten werden nicht angezeigt: Ihrer Rolle fehlt die Berechtigung conversation:customAttributes:view.',
  noSchemas:
    'Konversationsdaten sind in dieser Organisation nicht eingerichtet (keine Schemas für benutzerdefinierte Attribute).',
  noRecords: 'Für diese Konversation wurden keine Konversationsdaten erfasst.',
  loadFailed: 'Konversationsdaten konnten nicht geladen werden: {message}',
  retry: 'Erneut versuchen',
  version: 'Version {version}',
  pollNote:
    'Wird alle {seconds} s aktualisiert, solange sichtbar (Genesys sendet für diese Daten keine Benachrichtigung).',
  required: 'Pflichtfeld',
  readOnly: 'Hier nicht bearbeitbar (Typ nicht unterstützt); so angezeigt, wie gespeichert.',
  empty: '(leer)',
  none: '(keiner)',
  yes: 'Ja',
  no: 'Nein',
  stagedBadge: 'vorgemerkt',
  serverWas: 'auf dem Server: {value}',
  characters: {
    one: '{count} von {max} Zeichen',
    other: '{count} von {max} Zeichen',
  },
  undo: 'Änderung an {field} zurücknehmen',
  stagedCount: {
    one: '{count} vorgemerkt',
    other: '{count} vorgemerkt',
  },
  review: 'Änderungen an Konversationsdaten prüfen',
  hideReview: 'Prüfung ausblenden',
  discard: 'Änderungen an Konversationsdaten verwerfen',
  commit: 'Konversationsdaten speichern',
  committing: 'Konversationsdaten werden gespeichert…',
  committed: {
    one: 'In den Konversationsdaten gespeichert: {count} Feld geschrieben.',
    other: 'In den Konversationsdaten gespeichert: {count} Felder geschrieben.',
  },
  reviewCaption: 'Änderungen an Konversationsdaten',
  reviewField: 'Feld',
  reviewBefore: 'Jetzt auf dem Server',
  reviewAfter: 'Nach dem Speichern',
  conflictHeading: 'Während Ihrer Bearbeitung von jemand anderem geändert',
  conflictRefused:
    'Genesys Cloud hat das Schreiben abgelehnt: Der Datensatz wurde inzwischen geändert (jetzt Version {version}). Wählen Sie je Feld und speichern Sie erneut.',
  conflictSeen:
    'Jemand anderes hat Felder geändert, die Sie bearbeitet haben (der Datensatz ist jetzt Version {version}). Wählen Sie je Feld und speichern Sie dann.',
  conflictMine: 'Ihr Wert: {value}',
  conflictTheirs: 'Deren Wert: {value}',
  keepMine: 'Meinen Wert für {field} behalten',
  takeTheirs: 'Deren Wert für {field} übernehmen',
  rebased:
    'Der Datensatz wurde inzwischen geändert, aber nicht in Ihren Feldern. Ihre Änderungen beruhen jetzt auf Version {version}: speichern Sie erneut.',
  commitFailed: 'Nicht gespeichert: {message} Ihre Änderungen bleiben erhalten.',
  commitForbidden:
    'Nicht gespeichert: Ihre Rolle darf Konversationsdaten nicht ändern (conversation:customAttributes:edit). Ihre Änderungen bleiben erhalten.',
  commitUncertain:
    'Die Antwort auf das Speichern ging verloren, und ein neues Lesen zeigt Ihre Änderungen nicht. Sie bleiben erhalten: speichern Sie erneut.',
  savedAnswerLost: 'Gespeichert ✓ {fields}. Die Antwort ging verloren, aber der Server zeigt die Änderung.',
  conflictBlocks: 'Klären Sie zuerst die Felder, die jemand anderes geändert hat.',
  invalidBlocks: 'Ein vorgemerkter Wert passt nicht mehr zum Schema: {message}',
  notStaged: 'Nicht vorgemerkt.',
  rule_required: '{field} ist ein Pflichtfeld und darf nicht geleert werden.',
  rule_type_number: '{field} muss eine Zahl sein (Ziffern mit einem Dezimalpunkt oder -komma).',
  rule_type_integer: '{field} muss eine ganze Zahl sein.',
  rule_type_text: '{field} muss Text sein.',
  rule_type_boolean: '{field} muss Ja oder Nein sein.',
  rule_enum: '{field} muss einer der Werte sein, die das Schema auflistet.',
  rule_minLength: '{field} muss mindestens {limit} Zeichen haben.',
  rule_maxLength: '{field} darf höchstens {limit} Zeichen haben.',
  rule_minimum: '{field} muss mindestens {limit} sein.',
  rule_maximum: '{field} darf höchstens {limit} sein.',
  rule_format: '{field} muss ein Datum mit Uhrzeit im Format {limit} sein.',
  rule_unknown: '{field} ist kein Feld im Schema dieses Datensatzes.',
  policyHidden: {
    one: '{count} Feld dieses Datensatzes ist durch die Attributrichtlinie ausgeblendet.',
    other: '{count} Felder dieses Datensatzes sind durch die Attributrichtlinie ausgeblendet.',
  },
  policyMasked:
    'Durch die Attributrichtlinie maskiert: Der Wert wird nicht angezeigt und kann hier nicht geändert werden.',
  policyReadOnly: 'Ihre Rolle darf „{field}“ nicht ändern (Attributrichtlinie).',
  policyBlocks:
    'Nicht gesendet: Ihre Rolle darf „{field}“ nicht ändern (Attributrichtlinie). Die Änderung wurde vorgemerkt, bevor die Richtlinie galt; verwerfen Sie sie, um zu speichern.',
  policyDrop: 'Änderung an {field} verwerfen',
  policyRefusedCommit:
    'Nicht gesendet: Ihre Rolle darf {fields} nicht ändern (Attributrichtlinie). Nichts wurde geschrieben; verwerfen Sie diese Änderungen, um die übrigen zu speichern.',
  more: 'Mehr',
  moreLabel: 'Mehr zu {record}: Export, Sammelkorrekturen',
  exportJson: 'Als JSON exportieren',
  exportCsv: 'Als CSV exportieren',
  exportJsonLabel: '{record} als JSON exportieren',
  exportCsvLabel: '{record} als CSV exportieren',
  exportNote:
    'Exportiert die in Genesys Cloud gespeicherten Werte, keine vorgemerkten Änderungen. Maskierte Felder werden als Punkte exportiert, ausgeblendete Felder weggelassen.',
  exportNoteUnmasked:
    'Exportiert die in Genesys Cloud gespeicherten Werte, keine vorgemerkten Änderungen. Maskierte Felder werden im Klartext exportiert, ausgeblendete Felder weggelassen.',
  bulkLabel: 'Sammelkorrekturen für {record}',
  bulkHint:
    'Zeilen Feld,Wert (CSV oder TSV) oder ein JSON-Objekt einfügen oder hier ablegen. Werte werden wie bei der Eingabe geprüft; nichts wird gesendet, bevor Sie prüfen und speichern.',
  bulkFile: 'Datei auswählen',
  bulkStage: 'Korrekturen vormerken',
  bulkStaged: {
    one: '{count} Änderung vorgemerkt: prüfen, dann speichern.',
    other: '{count} Änderungen vorgemerkt: prüfen, dann speichern.',
  },
  bulkNothing: 'Nichts vorzumerken: Der Datensatz enthält diese Werte bereits.',
  bulkBlocked: 'Nichts vorgemerkt: Korrigieren Sie zuerst diese Zeilen.',
  bulkLine: 'Zeile {line}: {message}',
  bulkDuplicate: '{field} ist doppelt genannt (zuerst in Zeile {earlier}).',
  bulkUnknown: 'Übersprungen, Zeile {line}: „{name}“ ist kein Feld dieses Datensatzes.',
  bulkNotWritable: 'Übersprungen, Zeile {line}: Ihre Rolle darf „{field}“ nicht ändern (Attributrichtlinie).',
  bulkMaskedSkipped: {
    one: '{count} maskierter Wert (Punkte) bleibt unverändert.',
    other: '{count} maskierte Werte (Punkte) bleiben unverändert.',
  },
  bulkUnchanged: {
    one: '{count} Zeile entspricht bereits dem Datensatz.',
    other: '{count} Zeilen entsprechen bereits dem Datensatz.',
  },
  bulkReadFailed: 'Die Datei konnte nicht gelesen werden.',
  syntax_empty: 'Es gibt nichts zu lesen.',
  'syntax_json-syntax': 'Das ist kein gültiges JSON.',
  'syntax_json-not-object': 'Das JSON muss ein Objekt aus Feldern und Werten sein.',
  'syntax_value-not-scalar': 'Der Wert von „{name}“ muss Text, eine Zahl, true, false oder null sein.',
  'syntax_field-count': 'Eine Zeile braucht zwei Zellen: Feld und Wert.',
  'syntax_unterminated-quote': 'Ein Anführungszeichen wird geöffnet und nie geschlossen.',
} satisfies Record<CustomAttributesMessageKey, Message>
