import type { Message } from '../../../ui/i18n.tsx'
import type { OutcomeMessageKey } from './outcome-messages.ts'

/** Spanish for ./outcome-messages.ts, in its own file so that only agents working in Spanish download it. */
export const outcomeMessagesEs = {
  inDoubtTitle: 'Enviado, pero Genesys Cloud aún no lo muestra',
  inDoubtRow: '«{name}»: el suyo {mine}; el servidor muestra {server}.',
  inDoubtHint:
    'Puede que aún se aplique. No se reenvía nada por sí solo: reenviarlo podría sobrescribir un cambio hecho mientras tanto.',
  checkAgain: 'Volver a comprobar',
  checkAgainLabel: 'Volver a comprobar el servidor para {name}',
  sendAgain: 'Enviar de nuevo',
  sendAgainLabel: 'Enviar {name} de nuevo',
  checkAllAgain: 'Volver a comprobar todo',
  sendAllAgain: {
    one: 'Enviar {count} de nuevo',
    other: 'Enviar los {count} de nuevo',
  },
  forget: 'Olvidar',
  forgetLabel: 'Olvidar el cambio no confirmado de {name}',
  replacedRow:
    'Su cambio en «{name}» ({mine}) sustituyó a {theirs}, que otra persona escribió mientras se guardaba el suyo.',
  replacedMovedOn: 'Ha vuelto a cambiar desde entonces: el servidor muestra ahora {server}.',
  putBack: 'Restaurar el suyo',
  putBackLabel: 'Restaurar el valor de {name} que su cambio sustituyó',
  dismiss: 'Cerrar aviso',
  dismissLabel: 'Cerrar el aviso sobre {name}',
} satisfies Record<OutcomeMessageKey, Message>
