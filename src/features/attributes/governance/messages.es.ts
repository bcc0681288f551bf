import type { Message } from '../../../ui/i18n.tsx'
import type { GovernanceMessageKey } from './messages.ts'

/** Spanish for ./messages.ts, in its own file so that only agents working in Spanish download it. */
export const governanceMessagesEs = {
  tools: 'Herramientas',
  toolsLabel: 'Correcciones masivas, exportación e historial de {participant}',
  roleNote: 'Sesión iniciada como {role}. La política de atributos decide qué puede ver y cambiar.',
  role_agent: 'agente',
  role_supervisor: 'supervisor',
  loadingTools: 'Cargando correcciones masivas, exportación e historial…',
  toolsFailed:
    'No se pudieron cargar las correcciones masivas, la exportación ni el historial. Revise la conexión; el editor funciona sin ellos.',
  toolsRetry: 'Reintentar',
} satisfies Record<GovernanceMessageKey, Message>
