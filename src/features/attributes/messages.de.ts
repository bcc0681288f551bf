import type { Message } from '../../ui/i18n.tsx'
import type { AttributeMessageKey } from './messages.ts'

/** German for ./messages.ts, in its own file so that only agents working in German download it. */
export const attributeMessagesDe = {
  tableLabel: 'Teilnehmerattribute',
  panelLabel: 'Attribute von {participant}',
  columnName: 'Name',
  columnValue: 'Wert',
  columnState: 'Status',
  sortByName: 'Nach Name sortieren',
  valueOf: 'Wert von {name}',
  status_unchanged: 'Unverändert',
  status_added: 'Neu',
  status_changed: 'Geändert',
  status_cleared: 'Geleert',
  status_conflict: 'Konflikt',
  status_saving: 'Wird gespeichert…',
  status_confirming: 'Wird bestätigt…',
  status_unconfirmed: 'Nicht bestätigt',
  undoRow: 'Rückgängig',
  undoRowLabel: 'Rückgängig {name}',
  clearValue: 'Wert leeren',
  clearValueLabel: 'Wert leeren von {name}',
  clearNote: 'Genesys Cloud kennt kein Löschen: Leeren speichert einen leeren Wert.',
  editHint: 'Enter merkt den Wert vor, Umschalt+Enter fügt eine Zeile ein, Escape bricht ab.',
  serverValue: 'Auf dem Server: {value}',
  notSet: '(nicht gesetzt)',
  emptyValue: '(leer)',
  formattedJson: 'Formatiertes JSON',
  formattedJsonPartial: 'Gekürzt (Tiefe {depth}, {limit} Zeichen); der Wert bleibt unverändert.',
  conflictNote: 'Seit dem Vormerken anderswo geändert.',
  conflictTheirs: 'Server jetzt: {value}',
  conflictMine: 'Ihrer: {value}',
  keepMine: 'Meinen behalten',
  keepMineLabel: 'Meinen behalten für {name}',
  useTheirs: 'Serverwert übernehmen',
  useTheirsLabel: 'Serverwert übernehmen für {name}',
  changedElsewhere: 'Anderswo geändert {time}',
  changedElsewhereWas: 'vorher {value}',
  changedWhileTyping:
    'Anderswo geschrieben, während Sie tippten. Jetzt: {value}. Beim Vormerken wählen Sie, welcher gilt.',
  addHeading: 'Attribut hinzufügen',
  attributeName: 'Attributname',
  attributeValue: 'Attributwert',
  addAttribute: 'Attribut hinzufügen',
  addSentToRow:
    '„{name}“ gibt es: nichts hinzugefügt. Ihr Wert steht in seinem Feld oben; Enter merkt ihn vor, Escape behält den alten.',
  characterCount: '{length} / {limit} Zeichen',
  filterLabel: 'Attribute filtern',
  noMatches: 'Kein Attribut passt zu „{query}“.',
  noAttributes: 'Dieser Teilnehmer hat noch keine Attribute.',
  reviewChanges: 'Änderungen prüfen',
  commit: 'Speichern',
  discardAll: 'Alle verwerfen',
  undoLastLabel: 'Letzte Änderung rückgängig',
  redoLastLabel: 'Letzte Änderung wiederholen',
  stagedCount: {
    one: '{count} vorgemerkte Änderung',
    other: '{count} vorgemerkte Änderungen',
  },
  toolbarLabel: 'Vorgemerkte Änderungen',
  reviewTitle: 'Änderungen für {participant} prüfen',
  reviewOld: 'Alter Wert',
  reviewNew: 'Neuer Wert',
  reviewNothing: 'Nichts zu speichern.',
  reviewHeldBack: {
    one: '{count} Änderung wurde anderswo geändert und wird erst gesendet, wenn Sie „Meinen behalten“ oder „Serverwert übernehmen“ wählen.',
    other:
      '{count} Änderungen wurden anderswo geändert und werden erst gesendet, wenn Sie „Meinen behalten“ oder „Serverwert übernehmen“ wählen.',
  },
  close: 'Schließen',
  endedBanner:
    'Diese Konversation ist beendet. Sie können die Attribute noch ändern, aber Analytics übernimmt Änderungen nach dem Ende nicht.',
  liveStatus_connecting: 'Verbindung wird aufgebaut',
  liveStatus_reconnecting: 'Verbindung wird wiederhergestellt',
  liveStatus_down: 'unterbrochen',
  liveDown:
    'Live-Aktualisierungen sind nicht verbunden ({status}). Vor jedem Speichern wird der Server erneut geprüft.',
  committed: {
    one: '{count} Änderung gesendet. Warten, bis Genesys Cloud sie anzeigt…',
    other: '{count} Änderungen gesendet. Warten, bis Genesys Cloud sie anzeigt…',
  },
  heldBack: {
    one: '{count} Änderung wurde anderswo geändert und nicht gesendet: „Meinen behalten“ oder „Serverwert übernehmen“ wählen.',
    other:
      '{count} Änderungen wurden anderswo geändert und nicht gesendet: „Meinen behalten“ oder „Serverwert übernehmen“ wählen.',
  },
  changedSinceCommit:
    'Nicht gesendet: {names} wurde nach „Speichern“ noch einmal geändert. Das seither Vorgemerkte bleibt erhalten; erneut speichern, um es zu senden.',
  error_rejected:
    'Genesys Cloud hat die Änderung an {names} abgelehnt: {detail} Korrigieren Sie den Wert und speichern Sie erneut. Ihre Änderungen bleiben erhalten.',
  error_rejected_overLimit:
    'Genesys Cloud hat die Änderung an {names} abgelehnt: {detail} Dieser Teilnehmer hat bereits {held} Attribute, mehr als die {limit}, die Genesys Cloud annimmt; keine Änderung kann gespeichert werden, bis ein Flow oder ein Administrator einige entfernt. Ihre Änderungen bleiben erhalten.',
  error_forbidden:
    'Sie dürfen die Daten dieses Teilnehmers nicht ändern (403). Ihre Änderungen bleiben erhalten; bitten Sie einen Administrator um die Berechtigung.',
  error_not_found:
    'Diese Konversation existiert nicht mehr oder ist für Sie nicht sichtbar (404). Ihre Änderungen bleiben erhalten, können aber nicht gesendet werden.',
  error_rate_limited: {
    one: 'Genesys Cloud begrenzt die Anfragen dieser App. Ihre Änderung bleibt erhalten; neuer Versuch in {seconds} s.',
    other:
      'Genesys Cloud begrenzt die Anfragen dieser App. Ihre {count} Änderungen bleiben erhalten; neuer Versuch in {seconds} s.',
  },
  error_uncertain_checked: {
    one: 'Speichern fehlgeschlagen: Die Änderung wurde vielleicht gespeichert. Server geprüft: {landed} von {count} angekommen. Sie kann noch ankommen und wird beobachtet; nichts wird erneut gesendet, außer Sie wählen „Erneut senden“.',
    other:
      'Speichern fehlgeschlagen: Die Änderungen wurden vielleicht gespeichert. Server geprüft: {landed} von {count} sind angekommen. Der Rest kann noch ankommen und wird beobachtet; nichts wird erneut gesendet, außer Sie wählen „Erneut senden“.',
  },
  error_uncertain_unchecked:
    'Speichern fehlgeschlagen: Die Änderungen wurden vielleicht gespeichert; der Server war noch nicht prüfbar. Ihre Änderungen bleiben erhalten und werden beobachtet; nichts wird erneut gesendet, außer Sie wählen „Erneut senden“.',
  error_unauthorized:
    'Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an; Ihre Änderungen bleiben erhalten.',
  commitWaitingForNetwork:
    'Sie sind offline. Noch wurde nichts gesendet: Ihr Speichern wird ausgeführt, sobald die Verbindung zurück ist, und nur mit den Änderungen, die Sie gespeichert haben. Sie können weiter bearbeiten oder verwerfen.',
  retry: 'Erneut versuchen',
  outcomesUnavailable:
    'Einige Änderungen wurden gesendet, sind aber nicht bestätigt, und die Auswahl dafür konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  notCovered:
    'Sie nehmen an dieser Konversation nicht teil; Änderungen von anderer Stelle erscheinen daher innerhalb von 10 s, nicht live. Vor jedem Speichern wird der Server geprüft.',
  readFailed:
    'Der Server konnte vor dem Senden nicht gelesen werden. Nichts wurde gesendet; Ihre Änderungen bleiben erhalten. Versuchen Sie es erneut.',
  retryNow: 'Jetzt erneut versuchen',
  problem_rejected: 'Von Genesys Cloud abgelehnt.',
  problem_forbidden: 'Keine Berechtigung.',
  problem_not_found: 'Konversation nicht gefunden.',
  problem_rate_limited: 'Wartet auf das Anfragelimit.',
  problem_uncertain: 'Vielleicht nicht gespeichert; der Server wird geprüft.',
  problem_unconfirmed:
    'Gesendet, aber Genesys Cloud zeigt es noch nicht an. Erneut prüfen oder erneut senden.',
  problem_interrupted: 'Vor dem Neuladen gesendet; der Server wird geprüft.',
  problem_unauthorized: 'Zum Senden erneut anmelden.',
  issue_name_blank: 'Geben Sie einen Namen ein: Genesys Cloud erlaubt keine leeren Namen.',
  issue_name_whitespace:
    'Der Name beginnt oder endet mit einem Leerzeichen. Namen müssen exakt passen: meinten Sie „{trimmed}“?',
  issue_name_case_clash:
    '„{existing}“ existiert bereits mit anderer Groß-/Kleinschreibung. Flows, die „{existing}“ lesen, sehen diesen Namen nicht.',
  issue_name_lookalike_normalisation:
    'Sieht genau aus wie „{existing}“ (andere Unicode-Form), ist aber ein anderer Name: Flows, die „{existing}“ lesen, sehen ihn nicht.',
  issue_name_lookalike_invisible:
    'Sieht aus wie „{existing}“, hat aber unsichtbare Zeichen („{name}“): Flows, die „{existing}“ lesen, sehen ihn nicht.',
  issue_name_lookalike_letters:
    'Sieht aus wie „{existing}“, nutzt aber ähnliche Buchstaben („{name}“): Flows, die „{existing}“ lesen, sehen ihn nicht.',
  issue_name_invisible: 'Der Name hat unsichtbare Zeichen: „{name}“.',
  issue_name_dot: 'Agentenskripte können Namen mit „.“ nicht lesen.',
  issue_name_exists:
    'Diesen Namen gibt es bereits: Hinzufügen führt Sie zu seiner Zeile, um den Wert dort zu ändern.',
  issue_name_too_long: 'Der Name hat {length} Zeichen; erlaubt sind {limit}.',
  issue_value_too_long: 'Der Wert hat {length} Zeichen; erlaubt sind {limit}.',
  issue_value_not_string: 'Werte müssen Text sein.',
  issue_too_many: 'Dieser Teilnehmer hat bereits {limit} Attribute, das konfigurierte Maximum.',
  policy_refused_name: 'Ihre Rolle darf „{name}“ nicht ändern (Attributrichtlinie).',
  policy_refused_commit:
    'Nicht gesendet: Ihre Rolle darf {names} nicht ändern (Attributrichtlinie). Machen Sie diese Änderungen rückgängig; die übrigen wurden gesendet.',
  access_read_only: 'Schreibgeschützt',
  unwritable_commit:
    'Nicht gesendet: Genesys Cloud lehnt Schreibvorgänge für {names} ab (ein leerer Name oder einer über der Längengrenze). Machen Sie diese Änderungen rückgängig; der Rest des Commits ist nicht betroffen.',
  unreadableKept:
    'Die neuesten Werte, die Genesys Cloud für {names} gesendet hat, sind kein Text und konnten nicht gelesen werden. Diese Zeilen zeigen den letzten lesbaren Wert.',
  unreadableNotShown:
    'Werte, die Genesys Cloud für {names} gesendet hat, sind kein Text und konnten nicht gelesen werden; sie werden nicht angezeigt.',
  rowUnreadable:
    'Der neueste Wert von Genesys Cloud ist kein Text und konnte nicht gelesen werden. Angezeigt: der letzte lesbare Wert.',
  rowNameBlank: 'Nicht bearbeitbar: Genesys Cloud lehnt Schreibvorgänge für einen leeren Namen ab.',
  rowNameTooLong:
    'Nicht bearbeitbar: Dieser Name hat {length} Zeichen, Genesys Cloud nimmt Schreibvorgänge nur für Namen mit bis zu {limit} an.',
  access_masked: 'Maskiert',
  masked_value_label: 'Der Wert von {name} ist maskiert',
  reveal: 'Anzeigen',
  reveal_label: 'Wert von {name} für {seconds} Sekunden anzeigen',
  revealRemaining: 'Noch {seconds} s sichtbar, länger beim Bearbeiten.',
  revealHeld: 'Sichtbar beim Bearbeiten; verdeckt beim Verlassen des Feldes.',
  loadingRows: {
    one: '{count} Attribut wird geladen…',
    other: 'Alle {count} Attribute werden geladen…',
  },
  noticesLabel: 'Hinweise',
  dismissNotices: 'Hinweise ausblenden',
  filterPlaceholder: 'Filtern',
  gridKeysHint:
    'Pfeiltasten bewegen; Eingabe, F2 oder Tippen bearbeitet; Strg+Eingabe prüft, dann speichert.',
  sortNext_ascending: 'Nach Name sortieren, A bis Z',
  sortNext_descending: 'Nach Name sortieren, Z bis A',
  sortNext_server: 'Nach Name sortieren aus: Reihenfolge des Servers',
  rowActionsLabel: 'Aktionen für {name}',
  copyFailed: 'Kopieren nicht möglich: Der Browser verweigert die Zwischenablage.',
  copyAll: 'Alle kopieren',
  copiedAll: {
    one: '{count} Attribut wie angezeigt kopiert',
    other: '{count} Attribute wie angezeigt kopiert',
  },
  openLinkLabel: '{name} in einem neuen Tab öffnen',
  showAllLabel: '{name} ganz anzeigen',
  showLessLabel: '{name} gekürzt anzeigen',
  saved: 'Gespeichert ✓ {names}',
  savedAnswerLost: 'Gespeichert ✓ {names}. Die Antwort ging verloren, aber der Server zeigt die Änderung.',
  revert: 'Zurücksetzen',
  reverted: {
    one: 'Vorheriger Wert von {names} vorgemerkt: prüfen und speichern oder verwerfen.',
    other: '{count} vorherige Werte vorgemerkt ({names}): prüfen und speichern oder verwerfen.',
  },
  revertLeftOut: {
    one: 'Nicht zurückgesetzt: {names}. Ihre Rolle darf es nicht mehr ändern (Attributrichtlinie).',
    other:
      '{count} nicht zurückgesetzt: {names}. Ihre Rolle darf sie nicht mehr ändern (Attributrichtlinie).',
  },
  details: 'Details',
} satisfies Record<AttributeMessageKey, Message>
