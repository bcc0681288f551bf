import type { Message } from '../../ui/i18n.tsx'
import type { DesktopMessageKey } from './desktop-messages.ts'

/** German for ./desktop-messages.ts, in its own file so that only agents working in German download it. */
export const desktopMessagesDe = {
  toastTitle: 'Teilnehmerdaten',
  changedElsewhere: {
    one: '„{names}“ wurde von einem Flow oder einer anderen Person geändert, während Sie eine Änderung vorgemerkt hatten. Öffnen Sie das Panel, um zu wählen, welcher Wert gilt.',
    other:
      '{count} Werte ({names}) wurden von einem Flow oder einer anderen Person geändert, während Sie Änderungen vorgemerkt hatten. Öffnen Sie das Panel, um zu wählen, welche Werte gelten.',
  },
  commitFailed: {
    one: 'Speichern von „{names}“ fehlgeschlagen: {reason} Ihre Änderung bleibt im Panel erhalten.',
    other:
      'Speichern von {count} Änderungen ({names}) fehlgeschlagen: {reason} Ihre Änderungen bleiben im Panel erhalten.',
  },
  unsavedOnStop: {
    one: '{count} Änderung an den Teilnehmerdaten ist noch nicht gespeichert. Öffnen Sie diese Interaktion erneut, um sie zu prüfen und zu speichern.',
    other:
      '{count} Änderungen an den Teilnehmerdaten sind noch nicht gespeichert. Öffnen Sie diese Interaktion erneut, um sie zu prüfen und zu speichern.',
  },
} satisfies Record<DesktopMessageKey, Message>
