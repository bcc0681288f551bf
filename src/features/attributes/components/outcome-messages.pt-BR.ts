import type { Message } from '../../../ui/i18n.tsx'
import type { OutcomeMessageKey } from './outcome-messages.ts'

/** Brazilian Portuguese for ./outcome-messages.ts, in its own file so that only agents working in Brazilian Portuguese download it. */
export const outcomeMessagesPtBr = {
  inDoubtTitle: 'Enviado, mas o Genesys Cloud ainda não o exibe',
  inDoubtRow: '“{name}”: o seu {mine}; o servidor mostra {server}.',
  inDoubtHint:
    'Ainda pode ser aplicado. Nada é reenviado automaticamente: reenviar poderia sobrescrever uma alteração feita nesse meio-tempo.',
  checkAgain: 'Verificar novamente',
  checkAgainLabel: 'Verificar o servidor novamente para {name}',
  sendAgain: 'Enviar novamente',
  sendAgainLabel: 'Enviar {name} novamente',
  checkAllAgain: 'Verificar tudo novamente',
  sendAllAgain: {
    one: 'Enviar {count} novamente',
    other: 'Enviar todas as {count} novamente',
  },
  forget: 'Esquecer',
  forgetLabel: 'Esquecer a alteração não confirmada de {name}',
  replacedRow:
    'Sua alteração em “{name}” ({mine}) substituiu {theirs}, que outra pessoa gravou enquanto a sua era salva.',
  replacedMovedOn: 'O valor mudou de novo desde então: o servidor agora mostra {server}.',
  putBack: 'Restaurar o valor dela',
  putBackLabel: 'Restaurar o valor de {name} que sua alteração substituiu',
  dismiss: 'Dispensar',
  dismissLabel: 'Dispensar o aviso sobre {name}',
} satisfies Record<OutcomeMessageKey, Message>
