import type { Message } from '../../../ui/i18n.tsx'
import type { GovernanceToolsMessageKey } from './tools-messages.ts'

/** German for ./tools-messages.ts, in its own file so that only agents working in German download it. */
export const governanceToolsMessagesDe = {
  bulkHeading: 'Sammelkorrekturen',
  bulkLabel: 'Korrekturen: ein JSON-Objekt oder CSV/TSV-Zeilen Name,Wert',
  bulkHint:
    'Einfügen oder eine Datei ablegen. Die Kopfzeile „name,value“ ist optional; Felder mit Kommas oder Zeilenumbrüchen in Anführungszeichen. Gesendet wird erst beim Speichern.',
  bulkFile: 'Datei wählen',
  bulkStage: 'Korrekturen vormerken',
  bulkStaged: {
    one: '{count} Korrektur aus {format} vorgemerkt. Prüfen Sie sie und speichern Sie dann.',
    other: '{count} Korrekturen aus {format} vorgemerkt. Prüfen Sie sie und speichern Sie dann.',
  },
  bulkNothing: 'Nichts vorzumerken: alle Werte stimmen bereits.',
  bulkRestored: {
    one: 'Dies ist ein hier exportiertes CSV: der Apostroph, den der Export vor {count} Zelle mit = + - @ am Anfang setzt (damit Tabellenprogramme sie nicht als Formel ausführen), wurde wieder entfernt.',
    other:
      'Dies ist ein hier exportiertes CSV: der Apostroph, den der Export vor {count} Zellen mit = + - @ am Anfang setzt (damit Tabellenprogramme sie nicht als Formel ausführen), wurde wieder entfernt.',
  },
  bulkSkipped: {
    one: '{count} Zeile wurde bewusst ausgelassen:',
    other: '{count} Zeilen wurden bewusst ausgelassen:',
  },
  bulkSkippedMasked: '„{name}“: im Export verdeckt (Punkte); ein verdeckter Wert wird nie zurückgeschrieben.',
  bulkSkippedReadOnly:
    '„{name}“: Ihre Rolle darf ihn nicht ändern, und die Datei enthält seinen aktuellen Wert.',
  bulkRefused: 'Nichts wurde vorgemerkt. Korrigieren Sie diese Zeilen und versuchen Sie es erneut:',
  bulkLine: 'Zeile {line}',
  bulkWhole: 'Gesamte Liste',
  bulk_json_syntax: 'Kein gültiges JSON: {detail}',
  bulk_json_not_object: 'JSON muss ein Objekt aus Namen und Textwerten sein, z. B. {"Name": "Wert"}.',
  bulk_value_not_string: '„{name}“: der Wert muss Text sein (in Anführungszeichen).',
  bulk_field_count: {
    one: '2 Felder erwartet (Name, Wert), {count} gefunden.',
    other: '2 Felder erwartet (Name, Wert), {count} gefunden.',
  },
  bulk_unterminated_quote: 'Ein Feld in Anführungszeichen wird nie geschlossen.',
  bulk_duplicate_name: '„{name}“ kommt erneut vor (zuerst in Zeile {earlier}).',
  bulk_empty: 'Fügen Sie zuerst Korrekturen ein.',
  bulk_policy: '„{name}“: Ihre Rolle darf diesen Namen nicht ändern (Attributrichtlinie).',
  bulk_policy_reason: '„{name}“: Ihre Rolle darf diesen Namen nicht ändern: {reason}',
  bulk_invalid: '„{name}“: {detail}',
  exportHeading: 'Export',
  exportJson: 'Als JSON exportieren',
  exportJsonLabel: 'Attribute von {participant} als JSON exportieren',
  exportCsv: 'Als CSV exportieren',
  exportCsvLabel: 'Attribute von {participant} als CSV exportieren',
  exportNote: 'Verborgene Namen fehlen; maskierte Werte werden als Punkte exportiert.',
  exportNoteUnmasked:
    'Verborgene Namen fehlen; maskierte Werte werden im Klartext exportiert (von der Richtlinie erlaubt).',
  auditHeading: 'Verlauf dieser Konversation (diese Browsersitzung)',
  auditEmpty: 'In dieser Browsersitzung wurde noch nichts gespeichert.',
  auditEntry: '{time} · {who} · {participant}',
  auditEntryRecord: '{time} · {who} · Konversationsdaten „{participant}“',
  auditName: 'Name',
  auditOld: 'Alter Wert',
  auditNew: 'Neuer Wert',
  notSet: '(nicht gesetzt)',
  emptyValue: '(leer)',
} satisfies Record<GovernanceToolsMessageKey, Message>
