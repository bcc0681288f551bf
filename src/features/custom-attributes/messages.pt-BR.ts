import type { Message } from '../../ui/i18n.tsx'
import type { CustomAttributesMessageKey } from './messages.ts'

/** Brazilian Portuguese for ./messages.ts, in its own file so that only agents working in Brazilian Portuguese download it. */
export const customAttributesMessagesPtBr = {
  heading: 'Dados da conversa',
  loading: 'Carregando os dados da conversa…',
  forbidden:
    'Os dados da conversa não são exibidos: sua função não tem a permissão conversation:customAttributes:view.',
  noSchemas:
    'Os dados da conversa não estão configurados nesta organização (não há esquemas de atributos personalizados).',
  noRecords: 'Nenhum dado foi registrado para esta conversa.',
  loadFailed: 'Não foi possível carregar os dados da conversa: {message}',
  retry: 'Tentar novamente',
  version: 'versão {version}',
  pollNote:
    'Atualizado a cada {seconds} s enquanto visível (o Genesys não envia notificações para estes dados).',
  required: 'obrigatório',
  readOnly: 'Não editável aqui (tipo não suportado); exibido como está gravado.',
  empty: '(vazio)',
  none: '(nenhum)',
  yes: 'Sim',
  no: 'Não',
  stagedBadge: 'pendente',
  serverWas: 'no servidor: {value}',
  characters: {
    one: '{count} de {max} caracteres',
    other: '{count} de {max} caracteres',
  },
  undo: 'Desfazer a alteração em {field}',
  stagedCount: {
    one: '{count} pendente',
    other: '{count} pendentes',
  },
  review: 'Revisar as alterações nos dados da conversa',
  hideReview: 'Ocultar a revisão',
  discard: 'Descartar as alterações nos dados da conversa',
  commit: 'Salvar os dados da conversa',
  committing: 'Salvando os dados da conversa…',
  committed: {
    one: 'Salvo nos dados da conversa: {count} campo gravado.',
    other: 'Salvo nos dados da conversa: {count} campos gravados.',
  },
  reviewCaption: 'Alterações nos dados da conversa',
  reviewField: 'Campo',
  reviewBefore: 'Agora no servidor',
  reviewAfter: 'Depois de salvar',
  conflictHeading: 'Alterado por outra pessoa enquanto você editava',
  conflictRefused:
    'O Genesys Cloud recusou a gravação: o registro mudou nesse meio-tempo (agora versão {version}). Escolha para cada campo e salve novamente.',
  conflictSeen:
    'Outra pessoa alterou campos que você editou (o registro agora está na versão {version}). Escolha para cada campo e depois salve.',
  conflictMine: 'O seu: {value}',
  conflictTheirs: 'O da outra pessoa: {value}',
  keepMine: 'Manter o meu para {field}',
  takeTheirs: 'Usar o da outra pessoa para {field}',
  rebased:
    'O registro mudou nesse meio-tempo, mas não nos campos que você editou. Suas alterações agora se baseiam na versão {version}: salve novamente.',
  commitFailed: 'Não salvo: {message} Suas alterações foram mantidas.',
  commitForbidden:
    'Não salvo: sua função não pode alterar os dados da conversa (conversation:customAttributes:edit). Suas alterações foram mantidas.',
  commitUncertain:
    'A resposta ao salvamento se perdeu, e uma nova leitura não mostra suas alterações. Elas foram mantidas: salve novamente.',
  savedAnswerLost: 'Salvo ✓ {fields}. A resposta se perdeu, mas o servidor mostra a alteração.',
  conflictBlocks: 'Resolva os campos alterados por outra pessoa antes de salvar.',
  invalidBlocks: 'Um valor pendente não atende mais ao esquema: {message}',
  notStaged: 'Não pendente.',
  rule_required: '{field} é obrigatório: não pode ficar vazio.',
  rule_type_number: '{field} precisa ser um número (dígitos com um único ponto ou vírgula decimal).',
  rule_type_integer: '{field} precisa ser um número inteiro.',
  rule_type_text: '{field} precisa ser texto.',
  rule_type_boolean: '{field} precisa ser sim ou não.',
  rule_enum: '{field} precisa ser um dos valores listados pelo esquema.',
  rule_minLength: '{field} precisa ter pelo menos {limit} caracteres.',
  rule_maxLength: '{field} pode ter no máximo {limit} caracteres.',
  rule_minimum: '{field} precisa ser no mínimo {limit}.',
  rule_maximum: '{field} pode ser no máximo {limit}.',
  rule_format: '{field} precisa ser uma data e hora no formato {limit}.',
  rule_unknown: '{field} não é um campo do esquema deste registro.',
  policyHidden: {
    one: '{count} campo deste registro está oculto pela política de atributos.',
    other: '{count} campos deste registro estão ocultos pela política de atributos.',
  },
  policyMasked: 'Mascarado pela política de atributos: o valor não é mostrado e não pode ser alterado aqui.',
  policyReadOnly: 'Sua função não pode alterar “{field}” (política de atributos).',
  policyBlocks:
    'Não enviado: sua função não pode alterar “{field}” (política de atributos). A alteração foi preparada antes de a política valer; descarte-a para salvar.',
  policyDrop: 'Descartar a alteração de {field}',
  policyRefusedCommit:
    'Não enviado: sua função não pode alterar {fields} (política de atributos). Nada foi gravado; descarte essas alterações para salvar as outras.',
  more: 'Mais',
  moreLabel: 'Mais para {record}: exportar, correções em massa',
  exportJson: 'Exportar JSON',
  exportCsv: 'Exportar CSV',
  exportJsonLabel: 'Exportar {record} como JSON',
  exportCsvLabel: 'Exportar {record} como CSV',
  exportNote:
    'Exporta os valores salvos no Genesys Cloud, não as alterações pendentes. Campos mascarados são exportados como pontos; campos ocultos ficam de fora.',
  exportNoteUnmasked:
    'Exporta os valores salvos no Genesys Cloud, não as alterações pendentes. Campos mascarados são exportados em claro; campos ocultos ficam de fora.',
  bulkLabel: 'Correções em massa para {record}',
  bulkHint:
    'Cole ou solte linhas campo,valor (CSV ou TSV) ou um objeto JSON. Os valores são verificados como na digitação; nada é enviado até você revisar e salvar.',
  bulkFile: 'Escolher um arquivo',
  bulkStage: 'Deixar correções pendentes',
  bulkStaged: {
    one: '{count} alteração pendente: revise e depois salve.',
    other: '{count} alterações pendentes: revise e depois salve.',
  },
  bulkNothing: 'Nada a deixar pendente: o registro já tem esses valores.',
  bulkBlocked: 'Nada pendente: corrija estas linhas primeiro.',
  bulkLine: 'Linha {line}: {message}',
  bulkDuplicate: '{field} aparece duas vezes (primeiro na linha {earlier}).',
  bulkUnknown: 'Ignorada, linha {line}: “{name}” não é um campo deste registro.',
  bulkNotWritable: 'Ignorada, linha {line}: sua função não pode alterar “{field}” (política de atributos).',
  bulkMaskedSkipped: {
    one: '{count} valor mascarado (pontos) mantido como está.',
    other: '{count} valores mascarados (pontos) mantidos como estão.',
  },
  bulkUnchanged: {
    one: '{count} linha já corresponde ao registro.',
    other: '{count} linhas já correspondem ao registro.',
  },
  bulkReadFailed: 'Não foi possível ler o arquivo.',
  syntax_empty: 'Não há nada para ler.',
  'syntax_json-syntax': 'Isto não é JSON válido.',
  'syntax_json-not-object': 'O JSON deve ser um objeto de campos e valores.',
  'syntax_value-not-scalar': 'O valor de “{name}” deve ser texto, um número, true, false ou null.',
  'syntax_field-count': 'Uma linha deve ter duas células: campo e valor.',
  'syntax_unterminated-quote': 'Uma aspa é aberta e nunca fechada.',
} satisfies Record<CustomAttributesMessageKey, Message>
