import type { Message } from '../../ui/i18n.tsx'
import type { BulkFixMessageKey } from './messages.ts'

/** Brazilian Portuguese for ./messages.ts, in its own file so that only agents working in Brazilian Portuguese download it. */
export const bulkFixMessagesPtBr = {
  heading: 'Corrigir várias conversas',
  fromSearch: {
    one: 'Aplicar valores a {count} conversa do resultado da pesquisa.',
    other: 'Aplicar valores às {count} conversas do resultado da pesquisa.',
  },
  valuesLabel: 'Valores a aplicar (um NOME=valor por linha)',
  purposeLabel: 'Participante',
  purpose_customer: 'cliente',
  purpose_agent: 'agente',
  purpose_acd: 'fila (ACD)',
  purpose_ivr: 'URA',
  fileLabel: 'Arquivo de correções (CSV ou JSON)',
  pasteLabel: 'Ou cole as correções',
  fileHint:
    'CSV: uma coluna conversationId, opcionalmente purpose ou participantId, uma coluna por atributo e expected:NOME para o valor que você espera agora. JSON: [{"conversationId", "purpose", "attributes", "expected"}].',
  inputProblems: {
    one: '{count} linha não pôde ser usada (sem conversa ou sem valores).',
    other: '{count} linhas não puderam ser usadas (sem conversa ou sem valores).',
  },
  nothingToDo: 'Não há nada para corrigir: informe pelo menos uma conversa e um valor.',
  dryRun: 'Simulação',
  checking: 'Verificando {done} de {total} conversas…',
  dryRunSummary:
    'Simulação: {planned} a alterar, {unchanged} já corretas, {conflicts} com conflitos, {refused} recusadas pela política, {missing} não encontradas.',
  tableLabel: 'Simulação por conversa',
  colConversation: 'Conversa',
  colChanges: 'Alterações',
  colConflicts: 'Conflitos',
  colRefused: 'Recusado pela política',
  colStatus: 'Status',
  none: '(nenhum)',
  run: 'Executar correção',
  pause: 'Pausar',
  resume: 'Retomar',
  discard: 'Descartar',
  startNew: 'Iniciar uma nova correção',
  progressLabel: 'Progresso da correção',
  progress: '{done} de {total} concluídas',
  timeLeft: 'faltam cerca de {seconds} s',
  pausing: 'Pausando após as conversas em andamento…',
  paused: 'Pausada: {done} de {total} concluídas. Nada se perde; Retomar continua de onde parou.',
  interrupted:
    'Esta correção foi interrompida (a página foi recarregada). Retomar lê cada conversa que estava sendo gravada para verificá-la, e nunca a grava duas vezes.',
  finished:
    'Concluída: {done} corrigidas, {unchanged} já corretas, {conflicts} conflitos, {refused} recusadas, {unconfirmed} não confirmadas, {failed} com falha.',
  requests: {
    one: '{count} solicitação ao Genesys Cloud, dentro do limite de solicitações.',
    other: '{count} solicitações ao Genesys Cloud, dentro do limite de solicitações.',
  },
  exportCsv: 'Exportar relatório (CSV)',
  exportJson: 'Exportar relatório (JSON)',
  status_planned: 'a alterar',
  status_unchanged: 'já correta',
  status_missing: 'não encontrada',
  status_sending: 'sendo gravada',
  status_done: 'corrigida',
  status_conflict: 'conflito',
  status_refused: 'recusada pela política',
  status_unconfirmed: 'não confirmada: verifique',
  status_failed: 'com falha',
} satisfies Record<BulkFixMessageKey, Message>
