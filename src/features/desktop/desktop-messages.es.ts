import type { Message } from '../../ui/i18n.tsx'
import type { DesktopMessageKey } from './desktop-messages.ts'

/** Spanish for ./desktop-messages.ts, in its own file so that only agents working in Spanish download it. */
export const desktopMessagesEs = {
  toastTitle: 'Datos de participantes',
  changedElsewhere: {
    one: 'Un flujo u otro usuario cambió «{names}» mientras usted tenía un cambio pendiente. Abra el panel para elegir qué valor conservar.',
    other:
      'Un flujo u otro usuario cambió {count} valores ({names}) mientras usted tenía cambios pendientes. Abra el panel para elegir qué valores conservar.',
  },
  commitFailed: {
    one: 'No se pudo guardar «{names}»: {reason} Su cambio se conserva en el panel.',
    other: 'No se pudieron guardar {count} cambios ({names}): {reason} Sus cambios se conservan en el panel.',
  },
  unsavedOnStop: {
    one: '{count} cambio en los datos de participantes aún no está guardado. Vuelva a abrir esta interacción para revisarlo y guardarlo.',
    other:
      '{count} cambios en los datos de participantes aún no están guardados. Vuelva a abrir esta interacción para revisarlos y guardarlos.',
  },
} satisfies Record<DesktopMessageKey, Message>
