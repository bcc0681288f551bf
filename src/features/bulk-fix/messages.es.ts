import type { Message } from '../../ui/i18n.tsx'
import type { BulkFixMessageKey } from './messages.ts'

/** Spanish for ./messages.ts, in its own file so that only agents working in Spanish download it. */
export const bulkFixMessagesEs = {
  heading: 'Corregir muchas conversaciones',
  fromSearch: {
    one: 'Aplicar valores a {count} conversación del resultado de la búsqueda.',
    other: 'Aplicar valores a las {count} conversaciones del resultado de la búsqueda.',
  },
  valuesLabel: 'Valores que aplicar (un NOMBRE=valor por línea)',
  purposeLabel: 'Participante',
  purpose_customer: 'cliente',
  purpose_agent: 'agente',
  purpose_acd: 'cola (ACD)',
  purpose_ivr: 'IVR',
  fileLabel: 'Archivo de correcciones (CSV o JSON)',
  pasteLabel: 'O pegue las correcciones',
  fileHint:
    'CSV: una columna conversationId, opcionalmente purpose o participantId, una columna por atributo y expected:NOMBRE para el valor que espera ahora. JSON: [{"conversationId", "purpose", "attributes", "expected"}].',
  inputProblems: {
    one: '{count} línea no se pudo usar (sin conversación o sin valores).',
    other: '{count} líneas no se pudieron usar (sin conversación o sin valores).',
  },
  nothingToDo: 'No hay nada que corregir: indique al menos una conversación y un valor.',
  dryRun: 'Ejecución de prueba',
  checking: 'Comprobando {done} de {total} conversaciones…',
  dryRunSummary:
    'Ejecución de prueba: {planned} por cambiar, {unchanged} ya correctas, {conflicts} con conflictos, {refused} rechazadas por la política, {missing} no encontradas.',
  tableLabel: 'Ejecución de prueba por conversación',
  colConversation: 'Conversación',
  colChanges: 'Cambios',
  colConflicts: 'Conflictos',
  colRefused: 'Rechazado por la política',
  colStatus: 'Estado',
  none: '(ninguno)',
  run: 'Ejecutar corrección',
  pause: 'Pausar',
  resume: 'Reanudar',
  discard: 'Descartar',
  startNew: 'Empezar una corrección nueva',
  progressLabel: 'Progreso de la corrección',
  progress: '{done} de {total} hechas',
  timeLeft: 'quedan unos {seconds} s',
  pausing: 'Pausando tras las conversaciones en curso…',
  paused: 'En pausa: {done} de {total} hechas. No se pierde nada; Reanudar continúa donde se detuvo.',
  interrupted:
    'Esta corrección se interrumpió (se recargó la página). Reanudar lee para comprobar cada conversación que se estaba escribiendo y nunca la escribe dos veces.',
  finished:
    'Terminado: {done} corregidas, {unchanged} ya correctas, {conflicts} conflictos, {refused} rechazadas, {unconfirmed} sin confirmar, {failed} con error.',
  requests: {
    one: '{count} solicitud a Genesys Cloud, dentro del límite de solicitudes.',
    other: '{count} solicitudes a Genesys Cloud, dentro del límite de solicitudes.',
  },
  exportCsv: 'Exportar informe (CSV)',
  exportJson: 'Exportar informe (JSON)',
  status_planned: 'por cambiar',
  status_unchanged: 'ya correcta',
  status_missing: 'no encontrada',
  status_sending: 'escribiéndose',
  status_done: 'corregida',
  status_conflict: 'conflicto',
  status_refused: 'rechazada por la política',
  status_unconfirmed: 'sin confirmar: compruébela',
  status_failed: 'error',
} satisfies Record<BulkFixMessageKey, Message>
