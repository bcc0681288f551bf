import type { Message } from '../../../ui/i18n.tsx'
import type { GovernanceMessageKey } from './messages.ts'

/** Brazilian Portuguese for ./messages.ts, in its own file so that only agents working in Brazilian Portuguese download it. */
export const governanceMessagesPtBr = {
  tools: 'Ferramentas',
  toolsLabel: 'Correções em lote, exportação e histórico de {participant}',
  roleNote: 'Conectado como {role}. A política de atributos decide o que você vê e pode alterar.',
  role_agent: 'agente',
  role_supervisor: 'supervisor',
  loadingTools: 'Carregando correções em lote, exportação e histórico…',
  toolsFailed:
    'Não foi possível carregar correções em lote, exportação e histórico. Verifique a conexão; o editor funciona sem eles.',
  toolsRetry: 'Tentar novamente',
} satisfies Record<GovernanceMessageKey, Message>
