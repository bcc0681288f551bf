import type { Message } from '../../ui/i18n.tsx'
import type { FindMessageKey } from './messages.ts'

/** Spanish for ./messages.ts, in its own file so that only agents working in Spanish download it. */
export const findMessagesEs = {
  findHeading: 'Buscar conversaciones',
  customerLabel: 'Teléfono o nombre del cliente',
  queueLabel: 'Cola',
  agentLabel: 'Agente',
  mediaLabel: 'Tipo de medio',
  anyOption: 'Cualquiera',
  fromLabel: 'Desde',
  toLabel: 'Hasta',
  attributeNameLabel: 'Atributo del participante',
  attributeValueLabel: 'Tiene el valor',
  attributeHint: 'Solo se pueden buscar los atributos que su administrador ha hecho buscables.',
  searchButton: 'Buscar',
  mineButton: 'Mis conversaciones activas',
  searching: 'Buscando…',
  resultsHeading: 'Resultados de la búsqueda',
  resultsCount: {
    one: '{count} conversación encontrada',
    other: '{count} conversaciones encontradas',
  },
  resultsCountSome: {
    one: '{count} conversación mostrada',
    other: '{count} conversaciones mostradas',
  },
  noResults: 'Ninguna conversación coincide. Amplíe el intervalo de tiempo o quite un filtro.',
  showMore: 'Mostrar más',
  fixAll: {
    one: 'Corregir {count} conversación…',
    other: 'Corregir las {count} conversaciones…',
  },
  fixAllPaged: 'Corregir todas las conversaciones de este resultado…',
  collecting: 'Reuniendo todas las conversaciones de este resultado…',
  openResult: 'Abrir {label}',
  media_voice: 'llamada',
  media_message: 'mensaje',
  media_chat: 'chat',
  media_email: 'correo electrónico',
  media_callback: 'devolución de llamada',
  media_video: 'vídeo',
  stateActive: 'activa',
  stateEnded: 'finalizada',
  unknownCustomer: 'cliente desconocido',
  noQueue: 'sin cola',
  noAgent: 'sin agente',
  forbidden:
    'Genesys Cloud rechazó esta búsqueda: a su rol le falta el permiso {permission}. Pida a su administrador de Genesys Cloud que lo añada a su rol.',
  notSearchable:
    'El atributo {name} no se puede buscar. Un administrador hace buscables los atributos en Genesys Cloud; mientras tanto, busque por cliente, cola, agente o fecha.',
  searchFailed: 'Error en la búsqueda: {message}',
  recentHeading: 'Abiertas recientemente',
  recentCurrent: '(abierta ahora)',
} satisfies Record<FindMessageKey, Message>
