import type { Message } from '../../../ui/i18n.tsx'
import type { GovernanceToolsMessageKey } from './tools-messages.ts'

/** Brazilian Portuguese for ./tools-messages.ts, in its own file so that only agents working in Brazilian Portuguese download it. */
export const governanceToolsMessagesPtBr = {
  bulkHeading: 'Correções em lote',
  bulkLabel: 'Correções: um objeto JSON ou linhas CSV/TSV nome,valor',
  bulkHint:
    'Cole ou solte um arquivo. O cabeçalho “name,value” é opcional; coloque entre aspas os campos com vírgulas ou quebras de linha. Nada é enviado até você salvar.',
  bulkFile: 'Escolher um arquivo',
  bulkStage: 'Deixar correções pendentes',
  bulkStaged: {
    one: '{count} correção de {format} pendente. Revise-a e depois salve.',
    other: '{count} correções de {format} pendentes. Revise-as e depois salve.',
  },
  bulkNothing: 'Nada a deixar pendente: todos os valores já correspondem.',
  bulkRestored: {
    one: 'Este é um CSV exportado aqui: o apóstrofo que a exportação coloca antes de {count} célula iniciada por = + - @ (para que planilhas não a executem como fórmula) foi removido.',
    other:
      'Este é um CSV exportado aqui: o apóstrofo que a exportação coloca antes de {count} células iniciadas por = + - @ (para que planilhas não as executem como fórmulas) foi removido.',
  },
  bulkSkipped: {
    one: '{count} linha foi deixada de fora de propósito:',
    other: '{count} linhas foram deixadas de fora de propósito:',
  },
  bulkSkippedMasked:
    '“{name}”: mascarado na exportação (pontos); um valor mascarado nunca é gravado de volta.',
  bulkSkippedReadOnly: '“{name}”: sua função não pode alterá-lo, e o arquivo contém o valor atual.',
  bulkRefused: 'Nada ficou pendente. Corrija estas linhas e tente novamente:',
  bulkLine: 'Linha {line}',
  bulkWhole: 'Lista inteira',
  bulk_json_syntax: 'JSON inválido: {detail}',
  bulk_json_not_object:
    'O JSON precisa ser um objeto de nomes e valores de texto, por exemplo {"Name": "valor"}.',
  bulk_value_not_string: '“{name}”: o valor precisa ser texto (entre aspas).',
  bulk_field_count: {
    one: 'Eram esperados 2 campos (nome, valor), foi encontrado {count}.',
    other: 'Eram esperados 2 campos (nome, valor), foram encontrados {count}.',
  },
  bulk_unterminated_quote: 'Um campo entre aspas nunca é fechado.',
  bulk_duplicate_name: '“{name}” aparece de novo (primeiro na linha {earlier}).',
  bulk_empty: 'Cole as correções primeiro.',
  bulk_policy: '“{name}”: sua função não pode alterar este nome (política de atributos).',
  bulk_policy_reason: '“{name}”: sua função não pode alterar este nome: {reason}',
  bulk_invalid: '“{name}”: {detail}',
  exportHeading: 'Exportar',
  exportJson: 'Exportar JSON',
  exportJsonLabel: 'Exportar os atributos de {participant} como JSON',
  exportCsv: 'Exportar CSV',
  exportCsvLabel: 'Exportar os atributos de {participant} como CSV',
  exportNote: 'Nomes ocultos ficam de fora; valores mascarados são exportados como pontos.',
  exportNoteUnmasked:
    'Nomes ocultos ficam de fora; valores mascarados são exportados em claro (permitido pela política).',
  auditHeading: 'Histórico desta conversa (esta sessão do navegador)',
  auditEmpty: 'Nada foi salvo nesta sessão do navegador ainda.',
  auditEntry: '{time} · {who} · {participant}',
  auditEntryRecord: '{time} · {who} · Dados da conversa “{participant}”',
  auditName: 'Nome',
  auditOld: 'Valor anterior',
  auditNew: 'Valor novo',
  notSet: '(não definido)',
  emptyValue: '(vazio)',
} satisfies Record<GovernanceToolsMessageKey, Message>
