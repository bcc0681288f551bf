import type { Message } from '../../ui/i18n.tsx'
import type { ConversationMessageKey } from './messages.ts'

/** Brazilian Portuguese for ./messages.ts, in its own file so that only agents working in Brazilian Portuguese download it. */
export const conversationMessagesPtBr = {
  loadingConversations: 'Procurando suas conversas ativas…',
  noActiveTitle: 'Nenhuma conversa ativa',
  noActiveBody:
    'Quando você atender uma chamada, um chat ou uma mensagem, os dados dos participantes aparecem aqui. Você também pode abrir uma conversa pelo ID.',
  pickerLabel: 'Conversa',
  pickerHint: {
    one: 'Você tem {count} conversa ativa.',
    other: 'Você tem {count} conversas ativas.',
  },
  unsavedCount: {
    one: '{count} não salva',
    other: '{count} não salvas',
  },
  participantsLabel: 'Participantes',
  openById: 'Abrir uma conversa pelo ID',
  openByIdLabel: 'ID da conversa',
  openByIdHint: 'Cole um ID de conversa ou um link de conversa do Genesys Cloud.',
  openButton: 'Abrir',
  openByIdInvalid: 'Isso não é um ID de conversa. Ele se parece com 8c1b0f3e-1234-4c5d-9e8f-0a1b2c3d4e5f.',
  backToMine: 'Voltar às minhas conversas',
  loadingConversation: 'Carregando a conversa…',
  notFound:
    'A conversa {id} não foi encontrada. Verifique o ID ou o link: talvez tenha sido digitado errado ou a conversa tenha sido removida, e os agentes só veem as conversas de que participam.',
  forbidden:
    'Você não tem permissão para ver a conversa {id}. Peça acesso ao administrador do Genesys Cloud.',
  loadFailed: 'Não foi possível carregar a conversa: {message}',
  retry: 'Tentar novamente',
  ended: 'Encerrada',
  liveLive: 'Ao vivo',
  liveConnecting: 'Conectando…',
  liveReconnecting: 'Reconectando…',
  liveOffline: 'Offline',
  liveDown: 'Atualizações ao vivo pausadas',
  liveRefused:
    'O Genesys Cloud recusou as atualizações ao vivo para este painel: {reason}. Alterações feitas em outro lugar aparecem em até {seconds} s, e o servidor é verificado antes de cada salvamento. Fale com um administrador se faltar alguma permissão.',
  liveDownDetail: 'As atualizações ao vivo estão pausadas; atualizando a cada {seconds} s até voltarem.',
  noParticipants: 'Esta conversa ainda não tem participantes.',
  stagedCount: {
    one: '{count} pendente',
    other: '{count} pendentes',
  },
  savingBadge: 'Salvando…',
  inDoubtBadge: 'Não confirmado',
  hiddenTabEditsLabel: 'Mostrar {label}, fora de vista nas abas: {badge}',
  mediaCall: 'chamada',
  unsavedOn: 'Alterações não salvas em:',
  unsavedOpen: 'Abrir',
  unsavedOpenLabel: 'Abrir {label}, que tem alterações não salvas',
  unsavedLoading: 'uma conversa (carregando…)',
  mediaEmail: 'e-mail',
  mediaMessage: 'mensagem',
  unreadableParts: {
    one: 'Uma parte do que o Genesys Cloud enviou não pôde ser lida e não é exibida ({count}). Todo o resto é. Detalhes: {details}',
    other:
      'Partes do que o Genesys Cloud enviou não puderam ser lidas e não são exibidas ({count}). Todo o resto é. Detalhes: {details}',
  },
  purpose_customer: 'Cliente',
  purpose_external: 'Externo',
  purpose_agent: 'Agente',
  purpose_user: 'Usuário',
  purpose_acd: 'Fila',
  purpose_ivr: 'URA',
  purpose_workflow: 'Fluxo',
  purpose_voicemail: 'Correio de voz',
  purpose_campaign: 'Campanha',
  legDisconnected: '{label} (desconectado)',
  legTerminated: '{label} (encerrado)',
} satisfies Record<ConversationMessageKey, Message>
