import type { Message } from '../../ui/i18n.tsx'
import type { ConversationMessageKey } from './messages.ts'

/** Spanish for ./messages.ts, in its own file so that only agents working in Spanish download it. */
export const conversationMessagesEs = {
  loadingConversations: 'Buscando sus conversaciones activas…',
  noActiveTitle: 'Ninguna conversación activa',
  noActiveBody:
    'Cuando atienda una llamada, un chat o un mensaje, los datos de sus participantes aparecerán aquí. También puede abrir una conversación por su ID.',
  pickerLabel: 'Conversación',
  pickerHint: {
    one: 'Tiene {count} conversación activa.',
    other: 'Tiene {count} conversaciones activas.',
  },
  unsavedCount: {
    one: '{count} sin guardar',
    other: '{count} sin guardar',
  },
  participantsLabel: 'Participantes',
  openById: 'Abrir una conversación por ID',
  openByIdLabel: 'ID de conversación',
  openByIdHint: 'Pegue un ID de conversación o un enlace de conversación de Genesys Cloud.',
  openButton: 'Abrir',
  openByIdInvalid:
    'Eso no es un ID de conversación. Tiene este aspecto: 8c1b0f3e-1234-4c5d-9e8f-0a1b2c3d4e5f.',
  backToMine: 'Volver a mis conversaciones',
  loadingConversation: 'Cargando la conversación…',
  notFound:
    'No se encontró la conversación {id}. Revise el ID o el enlace: puede que esté mal escrito o que se haya eliminado, y los agentes solo ven las conversaciones en las que participan.',
  forbidden:
    'No tiene permiso para ver la conversación {id}. Pida acceso a su administrador de Genesys Cloud.',
  loadFailed: 'No se pudo cargar la conversación: {message}',
  retry: 'Reintentar',
  ended: 'Finalizada',
  liveLive: 'En directo',
  liveConnecting: 'Conectando…',
  liveReconnecting: 'Reconectando…',
  liveOffline: 'Sin conexión',
  liveDown: 'Actualizaciones en directo en pausa',
  liveRefused:
    'Genesys Cloud rechazó las actualizaciones en directo para este panel: {reason}. Los cambios hechos en otro lugar aparecen en su lugar en {seconds} s, y el servidor se comprueba antes de cada guardado. Consulte a un administrador si falta algún permiso.',
  liveDownDetail:
    'Las actualizaciones en directo están en pausa; se actualiza cada {seconds} s hasta que vuelvan.',
  noParticipants: 'Esta conversación aún no tiene participantes.',
  stagedCount: {
    one: '{count} pendiente',
    other: '{count} pendientes',
  },
  savingBadge: 'Guardando…',
  inDoubtBadge: 'Sin confirmar',
  hiddenTabEditsLabel: 'Mostrar {label}, fuera de la vista en las pestañas: {badge}',
  mediaCall: 'llamada',
  unsavedOn: 'Cambios sin guardar en:',
  unsavedOpen: 'Abrir',
  unsavedOpenLabel: 'Abrir {label}, que tiene cambios sin guardar',
  unsavedLoading: 'una conversación (cargando…)',
  mediaEmail: 'correo electrónico',
  mediaMessage: 'mensaje',
  unreadableParts: {
    one: 'Una parte de lo que envió Genesys Cloud no se pudo leer y no se muestra ({count}). Todo lo demás, sí. Detalles: {details}',
    other:
      'Partes de lo que envió Genesys Cloud no se pudieron leer y no se muestran ({count}). Todo lo demás, sí. Detalles: {details}',
  },
  purpose_customer: 'Cliente',
  purpose_external: 'Externo',
  purpose_agent: 'Agente',
  purpose_user: 'Usuario',
  purpose_acd: 'Cola',
  purpose_ivr: 'IVR',
  purpose_workflow: 'Flujo',
  purpose_voicemail: 'Buzón de voz',
  purpose_campaign: 'Campaña',
  legDisconnected: '{label} (desconectado)',
  legTerminated: '{label} (finalizado)',
} satisfies Record<ConversationMessageKey, Message>
