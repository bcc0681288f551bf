import type { Message } from '../../ui/i18n.tsx'
import type { BulkFixMessageKey } from './messages.ts'

/** German for ./messages.ts. */
export const bulkFixMessagesDe = {
  heading: 'Viele Gespräche korrigieren',
  fromSearch: {
    one: 'Werte auf das {count} Gespräch des Suchergebnisses anwenden.',
    other: 'Werte auf die {count} Gespräche des Suchergebnisses anwenden.',
  },
  valuesLabel: 'Anzuwendende Werte (ein NAME=Wert pro Zeile)',
  purposeLabel: 'Teilnehmer',
  purpose_customer: 'Kunde',
  purpose_agent: 'Agent',
  purpose_acd: 'Warteschlange (ACD)',
  purpose_ivr: 'IVR',
  fileLabel: 'Korrekturdatei (CSV oder JSON)',
  pasteLabel: 'Oder Korrekturen einfügen',
  fileHint:
    'CSV: eine Spalte conversationId, optional purpose oder participantId, eine Spalte je Attribut und expected:NAME für den Wert, den Sie jetzt erwarten. JSON: [{"conversationId", "purpose", "attributes", "expected"}].',
  inputProblems: {
    one: '{count} Zeile war nicht verwendbar (kein Gespräch oder keine Werte).',
    other: '{count} Zeilen waren nicht verwendbar (kein Gespräch oder keine Werte).',
  },
  nothingToDo: 'Es gibt nichts zu korrigieren: Geben Sie mindestens ein Gespräch und einen Wert an.',
  dryRun: 'Probelauf',
  checking: '{done} von {total} Gesprächen werden geprüft…',
  dryRunSummary:
    'Probelauf: {planned} zu ändern, {unchanged} schon richtig, {conflicts} mit Konflikten, {refused} von der Richtlinie abgelehnt, {missing} nicht gefunden.',
  tableLabel: 'Probelauf je Gespräch',
  colConversation: 'Gespräch',
  colChanges: 'Änderungen',
  colConflicts: 'Konflikte',
  colRefused: 'Von der Richtlinie abgelehnt',
  colStatus: 'Status',
  none: '(keine)',
  run: 'Korrektur ausführen',
  pause: 'Pausieren',
  resume: 'Fortsetzen',
  discard: 'Verwerfen',
  startNew: 'Neue Korrektur beginnen',
  progressLabel: 'Fortschritt der Korrektur',
  progress: '{done} von {total} erledigt',
  timeLeft: 'noch etwa {seconds} s',
  pausing: 'Pause nach den Gesprächen, die gerade bearbeitet werden…',
  paused: 'Pausiert: {done} von {total} erledigt. Nichts geht verloren; Fortsetzen macht dort weiter.',
  interrupted:
    'Diese Korrektur wurde unterbrochen (die Seite wurde neu geladen). Fortsetzen prüft jedes Gespräch, das gerade geschrieben wurde, durch Lesen und schreibt es nie zweimal.',
  finished:
    'Fertig: {done} korrigiert, {unchanged} schon richtig, {conflicts} Konflikte, {refused} abgelehnt, {unconfirmed} nicht bestätigt, {failed} fehlgeschlagen.',
  requests: {
    one: '{count} Anfrage an Genesys Cloud, innerhalb des Ratenlimits.',
    other: '{count} Anfragen an Genesys Cloud, innerhalb des Ratenlimits.',
  },
  exportCsv: 'Bericht exportieren (CSV)',
  exportJson: 'Bericht exportieren (JSON)',
  status_planned: 'zu ändern',
  status_unchanged: 'schon richtig',
  status_missing: 'nicht gefunden',
  status_sending: 'wird geschrieben',
  status_done: 'korrigiert',
  status_conflict: 'Konflikt',
  status_refused: 'von der Richtlinie abgelehnt',
  status_unconfirmed: 'nicht bestätigt: bitte prüfen',
  status_failed: 'fehlgeschlagen',
} satisfies Record<BulkFixMessageKey, Message>
