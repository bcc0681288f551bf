import type { Message } from '../../../ui/i18n.tsx'
import type { GovernanceToolsMessageKey } from './tools-messages.ts'

/** Spanish for ./tools-messages.ts, in its own file so that only agents working in Spanish download it. */
export const governanceToolsMessagesEs = {
  bulkHeading: 'Correcciones masivas',
  bulkLabel: 'Correcciones: un objeto JSON o líneas CSV/TSV nombre,valor',
  bulkHint:
    'Pegue o suelte un archivo. El encabezado «name,value» es opcional; ponga entre comillas los campos con comas o saltos de línea. No se envía nada hasta que guarde.',
  bulkFile: 'Elegir un archivo',
  bulkStage: 'Dejar correcciones pendientes',
  bulkStaged: {
    one: '{count} corrección pendiente desde {format}. Revísela y luego guarde.',
    other: '{count} correcciones pendientes desde {format}. Revíselas y luego guarde.',
  },
  bulkNothing: 'Nada que dejar pendiente: todos los valores ya coinciden.',
  bulkRestored: {
    one: 'Es un CSV exportado aquí: se quitó el apóstrofo que la exportación pone delante de {count} celda que empieza por = + - @ (para que las hojas de cálculo no la ejecuten como fórmula).',
    other:
      'Es un CSV exportado aquí: se quitó el apóstrofo que la exportación pone delante de {count} celdas que empiezan por = + - @ (para que las hojas de cálculo no las ejecuten como fórmulas).',
  },
  bulkSkipped: {
    one: '{count} línea se omitió a propósito:',
    other: '{count} líneas se omitieron a propósito:',
  },
  bulkSkippedMasked:
    '«{name}»: enmascarado en la exportación (puntos); un valor enmascarado nunca se vuelve a escribir.',
  bulkSkippedReadOnly: '«{name}»: su rol no puede cambiarlo, y el archivo contiene su valor actual.',
  bulkRefused: 'No se dejó nada pendiente. Corrija estas líneas y vuelva a intentarlo:',
  bulkLine: 'Línea {line}',
  bulkWhole: 'Lista completa',
  bulk_json_syntax: 'JSON no válido: {detail}',
  bulk_json_not_object: 'El JSON debe ser un objeto de nombres y valores de texto, p. ej. {"Name": "valor"}.',
  bulk_value_not_string: '«{name}»: el valor debe ser texto (entre comillas).',
  bulk_field_count: {
    one: 'Se esperaban 2 campos (nombre, valor) y se encontró {count}.',
    other: 'Se esperaban 2 campos (nombre, valor) y se encontraron {count}.',
  },
  bulk_unterminated_quote: 'Un campo entre comillas nunca se cierra.',
  bulk_duplicate_name: '«{name}» aparece de nuevo (primero en la línea {earlier}).',
  bulk_empty: 'Pegue primero las correcciones.',
  bulk_policy: '«{name}»: su rol no puede cambiar este nombre (política de atributos).',
  bulk_policy_reason: '«{name}»: su rol no puede cambiar este nombre: {reason}',
  bulk_invalid: '«{name}»: {detail}',
  exportHeading: 'Exportar',
  exportJson: 'Exportar JSON',
  exportJsonLabel: 'Exportar los atributos de {participant} como JSON',
  exportCsv: 'Exportar CSV',
  exportCsvLabel: 'Exportar los atributos de {participant} como CSV',
  exportNote: 'Los nombres ocultos se omiten; los valores enmascarados se exportan como puntos.',
  exportNoteUnmasked:
    'Los nombres ocultos se omiten; los valores enmascarados se exportan sin enmascarar (lo permite la política).',
  auditHeading: 'Historial de esta conversación (esta sesión del navegador)',
  auditEmpty: 'Aún no se ha guardado nada en esta sesión del navegador.',
  auditEntry: '{time} · {who} · {participant}',
  auditEntryRecord: '{time} · {who} · Datos de la conversación «{participant}»',
  auditName: 'Nombre',
  auditOld: 'Valor anterior',
  auditNew: 'Valor nuevo',
  notSet: '(sin definir)',
  emptyValue: '(vacío)',
} satisfies Record<GovernanceToolsMessageKey, Message>
