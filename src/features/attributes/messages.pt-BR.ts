import type { Message } from '../../ui/i18n.tsx'
import type { AttributeMessageKey } from './messages.ts'

/** Brazilian Portuguese for ./messages.ts, in its own file so that only agents working in Brazilian Portuguese download it. */
export const attributeMessagesPtBr = {
  tableLabel: 'Atributos do participante',
  panelLabel: 'Atributos de {participant}',
  columnName: 'Nome',
  columnValue: 'Valor',
  columnState: 'Status',
  sortByName: 'Ordenar por nome',
  valueOf: 'Valor de {name}',
  status_unchanged: 'Sem alteração',
  status_added: 'Adicionado',
  status_changed: 'Alterado',
  status_cleared: 'Limpo',
  status_conflict: 'Conflito',
  status_saving: 'Salvando…',
  status_confirming: 'Confirmando…',
  status_unconfirmed: 'Não confirmado',
  undoRow: 'Desfazer',
  undoRowLabel: 'Desfazer {name}',
  clearValue: 'Limpar valor',
  clearValueLabel: 'Limpar o valor de {name}',
  clearNote: 'O Genesys Cloud não permite excluir: limpar grava um valor vazio.',
  editHint: 'Enter deixa o valor pendente, Shift+Enter adiciona uma linha, Esc cancela.',
  serverValue: 'No servidor: {value}',
  notSet: '(não definido)',
  emptyValue: '(vazio)',
  formattedJson: 'JSON formatado',
  formattedJsonPartial: 'Abreviado (profundidade {depth}, {limit} caracteres); o valor não muda.',
  conflictNote: 'Alterado em outro lugar desde que você o deixou pendente.',
  conflictTheirs: 'Agora no servidor: {value}',
  conflictMine: 'O seu: {value}',
  keepMine: 'Manter o meu',
  keepMineLabel: 'Manter o meu para {name}',
  useTheirs: 'Usar o do servidor',
  useTheirsLabel: 'Usar o do servidor para {name}',
  changedElsewhere: 'Alterado em outro lugar às {time}',
  changedElsewhereWas: 'antes {value}',
  changedWhileTyping:
    'Alterado em outro lugar enquanto você digitava. Agora: {value}. Ao deixar o seu pendente, você escolhe qual manter.',
  addHeading: 'Adicionar um atributo',
  attributeName: 'Nome do atributo',
  attributeValue: 'Valor do atributo',
  addAttribute: 'Adicionar atributo',
  addSentToRow:
    '“{name}” já existe: nada foi adicionado. Seu valor está no editor dele, acima; Enter o deixa pendente, Esc mantém o anterior.',
  characterCount: '{length} / {limit} caracteres',
  filterLabel: 'Filtrar atributos',
  noMatches: 'Nenhum atributo corresponde a “{query}”.',
  noAttributes: 'Este participante ainda não tem atributos.',
  reviewChanges: 'Revisar alterações',
  commit: 'Salvar',
  discardAll: 'Descartar tudo',
  undoLastLabel: 'Desfazer a última alteração',
  redoLastLabel: 'Refazer a última alteração',
  stagedCount: {
    one: '{count} alteração pendente',
    other: '{count} alterações pendentes',
  },
  toolbarLabel: 'Alterações pendentes',
  reviewTitle: 'Revisar as alterações de {participant}',
  reviewOld: 'Valor anterior',
  reviewNew: 'Valor novo',
  reviewNothing: 'Nada para salvar.',
  reviewHeldBack: {
    one: '{count} alteração foi modificada em outro lugar e só será enviada quando você escolher “Manter o meu” ou “Usar o do servidor”.',
    other:
      '{count} alterações foram modificadas em outro lugar e só serão enviadas quando você escolher “Manter o meu” ou “Usar o do servidor”.',
  },
  close: 'Fechar',
  endedBanner:
    'Esta conversa foi encerrada. Você ainda pode alterar os atributos, mas as análises não guardam alterações feitas após o encerramento.',
  liveStatus_connecting: 'conectando',
  liveStatus_reconnecting: 'reconectando',
  liveStatus_down: 'interrompidas',
  liveDown:
    'As atualizações ao vivo não estão conectadas ({status}). O servidor é verificado novamente antes de cada salvamento.',
  committed: {
    one: '{count} alteração enviada. Aguardando o Genesys Cloud exibi-la…',
    other: '{count} alterações enviadas. Aguardando o Genesys Cloud exibi-las…',
  },
  heldBack: {
    one: '{count} alteração foi modificada em outro lugar e não foi enviada: escolha “Manter o meu” ou “Usar o do servidor”.',
    other:
      '{count} alterações foram modificadas em outro lugar e não foram enviadas: escolha “Manter o meu” ou “Usar o do servidor”.',
  },
  changedSinceCommit:
    'Não enviado: {names} mudou depois de você clicar em “Salvar”. O que você deixou pendente desde então é mantido; salve de novo para enviar.',
  error_rejected:
    'O Genesys Cloud recusou a alteração em {names}: {detail} Corrija o valor e salve novamente. Suas alterações foram mantidas.',
  error_rejected_overLimit:
    'O Genesys Cloud recusou a alteração em {names}: {detail} Este participante já tem {held} atributos, mais do que os {limit} que o Genesys Cloud aceita, então nenhuma alteração pode ser salva até que um fluxo ou um administrador remova alguns. Suas alterações foram mantidas.',
  error_forbidden:
    'Você não tem permissão para alterar os dados deste participante (403). Suas alterações foram mantidas; peça a permissão a um administrador.',
  error_not_found:
    'Esta conversa não existe mais ou você não pode mais vê-la (404). Suas alterações foram mantidas, mas não podem ser enviadas.',
  error_rate_limited: {
    one: 'O Genesys Cloud está limitando as solicitações deste app. Sua alteração foi mantida; nova tentativa em {seconds} s.',
    other:
      'O Genesys Cloud está limitando as solicitações deste app. Suas {count} alterações foram mantidas; nova tentativa em {seconds} s.',
  },
  error_uncertain_checked: {
    one: 'Falha ao salvar: a alteração pode ou não ter sido salva. Verificamos o servidor: {landed} de {count} chegou. Ela ainda pode chegar e está sendo acompanhada; nada é reenviado a menos que você escolha “Enviar novamente”.',
    other:
      'Falha ao salvar: as alterações podem ou não ter sido salvas. Verificamos o servidor: {landed} de {count} chegaram. As demais ainda podem chegar e estão sendo acompanhadas; nada é reenviado a menos que você escolha “Enviar novamente”.',
  },
  error_uncertain_unchecked:
    'Falha ao salvar: as alterações podem ou não ter sido salvas, e ainda não foi possível verificar o servidor. Suas alterações foram mantidas e estão sendo acompanhadas; nada é reenviado a menos que você escolha “Enviar novamente”.',
  error_unauthorized: 'Seu login expirou. Entre novamente; suas alterações foram mantidas.',
  commitWaitingForNetwork:
    'Você está offline. Nada foi enviado ainda: sua confirmação será enviada quando a conexão voltar, só com as alterações que você confirmou. Você pode continuar editando ou descartar.',
  retry: 'Tentar novamente',
  outcomesUnavailable:
    'Algumas alterações foram enviadas mas não confirmadas, e as opções para elas não puderam ser carregadas. Verifique a conexão e tente novamente.',
  notCovered:
    'Você não participa desta conversa, então alterações feitas em outro lugar aparecem em até 10 s, não ao vivo. O servidor é verificado antes de cada salvamento.',
  readFailed:
    'Não foi possível ler o servidor antes do envio. Nada foi enviado; suas alterações foram mantidas. Tente novamente.',
  retryNow: 'Tentar agora',
  problem_rejected: 'Recusado pelo Genesys Cloud.',
  problem_forbidden: 'Sem permissão.',
  problem_not_found: 'Conversa não encontrada.',
  problem_rate_limited: 'Aguardando o limite de solicitações.',
  problem_uncertain: 'Talvez não tenha sido salvo; o servidor está sendo verificado.',
  problem_unconfirmed:
    'Enviado, mas o Genesys Cloud ainda não o exibe. Verifique novamente ou envie de novo.',
  problem_interrupted: 'Enviado antes de a página recarregar; o servidor está sendo verificado.',
  problem_unauthorized: 'Entre novamente para enviar.',
  issue_name_blank: 'Digite um nome: o Genesys Cloud não aceita nomes em branco.',
  issue_name_whitespace:
    'O nome começa ou termina com um espaço. Os nomes precisam ser exatos: você quis dizer “{trimmed}”?',
  issue_name_case_clash:
    '“{existing}” já existe com outras maiúsculas/minúsculas. Os nomes diferenciam maiúsculas e minúsculas: fluxos que leem “{existing}” não verão este.',
  issue_name_lookalike_normalisation:
    'Parece exatamente “{existing}” (outra forma Unicode), mas é outro nome: fluxos que leem “{existing}” não o verão.',
  issue_name_lookalike_invisible:
    'Parece “{existing}”, mas tem caracteres invisíveis (“{name}”): fluxos que leem “{existing}” não o verão.',
  issue_name_lookalike_letters:
    'Parece “{existing}”, mas usa letras parecidas (“{name}”): fluxos que leem “{existing}” não o verão.',
  issue_name_invisible: 'O nome tem caracteres invisíveis: “{name}”.',
  issue_name_dot: 'Scripts de agente não conseguem ler nomes que contêm “.”.',
  issue_name_exists: 'Este nome já existe: Adicionar leva você à linha dele para alterar o valor ali.',
  issue_name_too_long: 'O nome tem {length} caracteres; o limite é {limit}.',
  issue_value_too_long: 'O valor tem {length} caracteres; o limite é {limit}.',
  issue_value_not_string: 'Os valores precisam ser texto.',
  issue_too_many: 'Este participante já tem {limit} atributos, o máximo configurado.',
  policy_refused_name: 'Sua função não pode alterar “{name}” (política de atributos).',
  policy_refused_commit:
    'Não enviado: sua função não pode alterar {names} (política de atributos). Desfaça essas alterações; as outras foram enviadas.',
  access_read_only: 'Somente leitura',
  unwritable_commit:
    'Não enviado: o Genesys Cloud recusa gravações em {names} (um nome vazio ou acima do limite de comprimento). Desfaça essas alterações; o restante do commit não é afetado.',
  unreadableKept:
    'Os valores mais recentes que o Genesys Cloud enviou para {names} não são texto e não puderam ser lidos. Essas linhas mostram o último valor legível.',
  unreadableNotShown:
    'Os valores que o Genesys Cloud enviou para {names} não são texto e não puderam ser lidos; não são exibidos.',
  rowUnreadable:
    'O valor mais recente que o Genesys Cloud enviou não é texto e não pôde ser lido. Exibido: o último valor legível.',
  rowNameBlank: 'Não editável: o Genesys Cloud recusa gravações em um nome vazio.',
  rowNameTooLong:
    'Não editável: este nome tem {length} caracteres e o Genesys Cloud aceita gravações em nomes de até {limit}.',
  access_masked: 'Mascarado',
  masked_value_label: 'O valor de {name} está mascarado',
  reveal: 'Mostrar',
  reveal_label: 'Mostrar o valor de {name} por {seconds} segundos',
  revealRemaining: 'Visível por mais {seconds} s, ou mais enquanto você edita.',
  revealHeld: 'Visível enquanto você edita; mascarado ao sair do campo.',
  loadingRows: {
    one: 'Carregando {count} atributo…',
    other: 'Carregando todos os {count} atributos…',
  },
  noticesLabel: 'Avisos',
  dismissNotices: 'Dispensar avisos',
  filterPlaceholder: 'Filtrar',
  gridKeysHint: 'As setas movem; Enter, F2 ou digitar edita; Ctrl+Enter revisa e depois salva.',
  sortNext_ascending: 'Ordenar por nome, de A a Z',
  sortNext_descending: 'Ordenar por nome, de Z a A',
  sortNext_server: 'Sem ordenação por nome: ordem do servidor',
  rowActionsLabel: 'Ações de {name}',
  copyFailed: 'Não foi possível copiar: o navegador recusou o acesso à área de transferência.',
  copyAll: 'Copiar tudo',
  copiedAll: {
    one: '{count} atributo copiado como exibido',
    other: '{count} atributos copiados como exibidos',
  },
  openLinkLabel: 'Abrir {name} em uma nova aba',
  showAllLabel: 'Mostrar {name} por completo',
  showLessLabel: 'Mostrar menos de {name}',
  saved: 'Salvo ✓ {names}',
  savedAnswerLost: 'Salvo ✓ {names}. A resposta se perdeu, mas o servidor mostra a alteração.',
  revert: 'Reverter',
  reverted: {
    one: 'Valor anterior de {names} preparado: revise e salve, ou descarte.',
    other: '{count} valores anteriores preparados ({names}): revise e salve, ou descarte.',
  },
  revertLeftOut: {
    one: 'Não revertido: {names}. Sua função não pode mais alterá-lo (política de atributos).',
    other: '{count} não revertidos: {names}. Sua função não pode mais alterá-los (política de atributos).',
  },
  details: 'Detalhes',
} satisfies Record<AttributeMessageKey, Message>
