import type { Message } from '../../../ui/i18n.tsx'
import type { OutcomeMessageKey } from './outcome-messages.ts'

/** German for ./outcome-messages.ts, in its own file so that only agents working in German download it. */
export const outcomeMessagesDe = {
  inDoubtTitle: 'Gesendet, aber Genesys Cloud zeigt es noch nicht an',
  inDoubtRow: '„{name}“: Ihr Wert {mine}; der Server zeigt {server}.',
  inDoubtHint:
    'Die Änderung wird vielleicht noch angewendet. Nichts wird von selbst erneut gesendet: erneutes Senden könnte eine inzwischen gemachte Änderung überschreiben.',
  checkAgain: 'Erneut prüfen',
  checkAgainLabel: 'Server für {name} erneut prüfen',
  sendAgain: 'Erneut senden',
  sendAgainLabel: '{name} erneut senden',
  checkAllAgain: 'Alle erneut prüfen',
  sendAllAgain: {
    one: '{count} erneut senden',
    other: 'Alle {count} erneut senden',
  },
  forget: 'Verwerfen',
  forgetLabel: 'Unbestätigte Änderung an {name} verwerfen',
  replacedRow:
    'Ihre Änderung an „{name}“ ({mine}) hat {theirs} ersetzt, das jemand anderes geschrieben hat, während Ihre gespeichert wurde.',
  replacedMovedOn: 'Der Wert hat sich seitdem erneut geändert: Der Server zeigt jetzt {server}.',
  putBack: 'Deren Wert zurücksetzen',
  putBackLabel: 'Den von Ihrer Änderung ersetzten Wert von {name} wiederherstellen',
  dismiss: 'Ausblenden',
  dismissLabel: 'Hinweis zu {name} ausblenden',
} satisfies Record<OutcomeMessageKey, Message>
