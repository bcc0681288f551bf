import type { PlatformRecordMessageKey } from './messages.ts'

/** German for ./messages.ts. */
export const platformRecordMessagesDe = {
  heading: 'Was Analytics speichert',
  intro:
    'Analytics speichert keine Attribute, die nach dem Ende eines Gesprächs gesetzt wurden: Berichte und Exporte aus Analytics zeigen die gespeicherten Werte.',
  introActive: 'Dieses Gespräch läuft noch: Analytics speichert die Werte, die es bei seinem Ende hat.',
  compare: 'Mit Analytics vergleichen',
  loading: 'Analytics wird gefragt…',
  tableLabel: 'Von Analytics gespeicherte und aktuelle Werte von {participant}',
  colName: 'Name',
  colLive: 'Aktueller Wert',
  colKept: 'Von Analytics gespeichert',
  colStatus: 'Status',
  status_kept: 'von Analytics gespeichert',
  'status_live-only': 'nur aktuell',
  'status_kept-only': 'nur von Analytics gespeichert',
  absent: '(nicht gesetzt)',
  nothing: 'Analytics hat keine Attribute für diesen Teilnehmer.',
  forbidden:
    'Genesys Cloud hat die Analytics-Anfrage abgelehnt: Ihrer Rolle fehlt die Berechtigung {permission}. Bitten Sie Ihren Genesys-Cloud-Admin, sie hinzuzufügen.',
  failed: 'Analytics konnte nicht gefragt werden: {message}',
} satisfies Record<PlatformRecordMessageKey, string>
