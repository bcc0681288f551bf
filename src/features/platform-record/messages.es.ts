import type { Message } from '../../ui/i18n.tsx'
import type { PlatformRecordMessageKey } from './messages.ts'

/** Spanish for ./messages.ts, in its own file so that only agents working in Spanish download it. */
export const platformRecordMessagesEs = {
  heading: 'Lo que conservan los análisis',
  intro:
    'Los análisis no conservan los atributos definidos después de finalizar una conversación: los informes y las exportaciones basados en los análisis muestran los valores conservados.',
  introActive: 'Esta conversación sigue activa: los análisis conservan los valores que tenga al finalizar.',
  compare: 'Comparar con los análisis',
  loading: 'Consultando los análisis…',
  tableLabel: 'Valores conservados por los análisis y valores en directo de {participant}',
  colName: 'Nombre',
  colLive: 'Valor en directo',
  colKept: 'Conservado por los análisis',
  colStatus: 'Estado',
  status_kept: 'conservado por los análisis',
  'status_live-only': 'solo en directo',
  'status_kept-only': 'solo conservado por los análisis',
  absent: '(sin definir)',
  nothing: 'Los análisis no tienen atributos de este participante.',
  forbidden:
    'Genesys Cloud rechazó la solicitud a los análisis: a su rol le falta el permiso {permission}. Pida a su administrador de Genesys Cloud que lo añada.',
  failed: 'No se pudieron consultar los análisis: {message}',
} satisfies Record<PlatformRecordMessageKey, Message>
