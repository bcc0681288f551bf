import type { Message } from '../../ui/i18n.tsx'
import type { DesktopMessageKey } from './desktop-messages.ts'

/** Brazilian Portuguese for ./desktop-messages.ts, in its own file so that only agents working in Brazilian Portuguese download it. */
export const desktopMessagesPtBr = {
  toastTitle: 'Dados dos participantes',
  changedElsewhere: {
    one: '“{names}” foi alterado por um fluxo ou outro usuário enquanto você tinha uma alteração pendente. Abra o painel para escolher qual valor manter.',
    other:
      '{count} valores ({names}) foram alterados por um fluxo ou outro usuário enquanto você tinha alterações pendentes. Abra o painel para escolher quais valores manter.',
  },
  commitFailed: {
    one: 'Falha ao salvar “{names}”: {reason} Sua alteração continua no painel.',
    other: 'Falha ao salvar {count} alterações ({names}): {reason} Suas alterações continuam no painel.',
  },
  unsavedOnStop: {
    one: '{count} alteração nos dados dos participantes ainda não foi salva. Abra esta interação novamente para revisá-la e salvá-la.',
    other:
      '{count} alterações nos dados dos participantes ainda não foram salvas. Abra esta interação novamente para revisá-las e salvá-las.',
  },
} satisfies Record<DesktopMessageKey, Message>
