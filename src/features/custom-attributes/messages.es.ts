import type { Message } from '../../ui/i18n.tsx'
import type { CustomAttributesMessageKey } from './messages.ts'

/** Spanish for ./messages.ts, in its own file so that only agents working in Spanish download it. */
export const customAttributesMessagesEs = {
  heading: 'Datos de la conversación',
  loading: 'Cargando los datos de la conversación…',
  forbidden:
    'Los datos de la conversación no se muestran: su rol no tiene el permiso conversation:customAttributes:view.',
  noSchemas:
    'Los datos de la conversación no están configurados en esta organización (no tiene esquemas de atributos personalizados).',
  noRecords: 'No se han registrado datos para esta conversación.',
  loadFailed: 'No se pudieron cargar los datos de la conversación: {message}',
  retry: 'Reintentar',
  version: 'versión {version}',
  pollNote:
    'Se actualiza cada {seconds} s mientras está visible (Genesys no envía notificaciones de estos datos).',
  required: 'obligatorio',
  readOnly: 'No se puede editar aquí (tipo no admitido); se muestra tal como está guardado.',
  empty: '(vacío)',
  none: '(ninguno)',
  yes: 'Sí',
  no: 'No',
  stagedBadge: 'pendiente',
  serverWas: 'en el servidor: {value}',
  characters: {
    one: '{count} de {max} caracteres',
    other: '{count} de {max} caracteres',
  },
  undo: 'Deshacer el cambio en {field}',
  stagedCount: {
    one: '{count} pendiente',
    other: '{count} pendientes',
  },
  review: 'Revisar los cambios en los datos de la conversación',
  hideReview: 'Ocultar la revisión',
  discard: 'Descartar los cambios en los datos de la conversación',
  commit: 'Guardar los datos de la conversación',
  committing: 'Guardando los datos de la conversación…',
  committed: {
    one: 'Guardado en los datos de la conversación: {count} campo escrito.',
    other: 'Guardado en los datos de la conversación: {count} campos escritos.',
  },
  reviewCaption: 'Cambios en los datos de la conversación',
  reviewField: 'Campo',
  reviewBefore: 'Ahora en el servidor',
  reviewAfter: 'Después de guardar',
  conflictHeading: 'Otra persona lo cambió mientras editaba',
  conflictRefused:
    'Genesys Cloud rechazó la escritura: el registro cambió mientras tanto (ahora versión {version}). Elija para cada campo y vuelva a guardar.',
  conflictSeen:
    'Otra persona cambió campos que usted editó (el registro ahora es la versión {version}). Elija para cada campo y luego guarde.',
  conflictMine: 'El suyo: {value}',
  conflictTheirs: 'El de la otra persona: {value}',
  keepMine: 'Mantener el mío para {field}',
  takeTheirs: 'Usar el de la otra persona para {field}',
  rebased:
    'El registro cambió mientras tanto, pero no en los campos que editó. Sus cambios se basan ahora en la versión {version}: vuelva a guardar.',
  commitFailed: 'No guardado: {message} Sus cambios se conservan.',
  commitForbidden:
    'No guardado: su rol no puede cambiar los datos de la conversación (conversation:customAttributes:edit). Sus cambios se conservan.',
  commitUncertain:
    'Se perdió la respuesta al guardado, y una nueva lectura no muestra sus cambios. Se conservan: vuelva a guardar.',
  savedAnswerLost: 'Guardado ✓ {fields}. La respuesta se perdió, pero el servidor muestra el cambio.',
  conflictBlocks: 'Resuelva los campos cambiados por otra persona antes de guardar.',
  invalidBlocks: 'Un valor pendiente ya no cumple el esquema: {message}',
  notStaged: 'No pendiente.',
  rule_required: '{field} es obligatorio: no se puede vaciar.',
  rule_type_number: '{field} debe ser un número (cifras con un solo punto o coma decimal).',
  rule_type_integer: '{field} debe ser un número entero.',
  rule_type_text: '{field} debe ser texto.',
  rule_type_boolean: '{field} debe ser sí o no.',
  rule_enum: '{field} debe ser uno de los valores que indica el esquema.',
  rule_minLength: '{field} debe tener al menos {limit} caracteres.',
  rule_maxLength: '{field} debe tener como máximo {limit} caracteres.',
  rule_minimum: '{field} debe ser como mínimo {limit}.',
  rule_maximum: '{field} debe ser como máximo {limit}.',
  rule_format: '{field} debe ser una fecha y hora con el formato {limit}.',
  rule_unknown: '{field} no es un campo del esquema de este registro.',
  policyHidden: {
    one: '{count} campo de este registro está oculto por la política de atributos.',
    other: '{count} campos de este registro están ocultos por la política de atributos.',
  },
  policyMasked:
    'Enmascarado por la política de atributos: el valor no se muestra y no se puede cambiar aquí.',
  policyReadOnly: 'Su rol no puede cambiar «{field}» (política de atributos).',
  policyBlocks:
    'No enviado: su rol no puede cambiar «{field}» (política de atributos). El cambio se preparó antes de que se aplicara la política; descártelo para guardar.',
  policyDrop: 'Descartar el cambio de {field}',
  policyRefusedCommit:
    'No enviado: su rol no puede cambiar {fields} (política de atributos). No se escribió nada; descarte esos cambios para guardar los demás.',
  more: 'Más',
  moreLabel: 'Más para {record}: exportar, correcciones masivas',
  exportJson: 'Exportar JSON',
  exportCsv: 'Exportar CSV',
  exportJsonLabel: 'Exportar {record} como JSON',
  exportCsvLabel: 'Exportar {record} como CSV',
  exportNote:
    'Exporta los valores guardados en Genesys Cloud, no los cambios pendientes. Los campos enmascarados se exportan como puntos; los ocultos se omiten.',
  exportNoteUnmasked:
    'Exporta los valores guardados en Genesys Cloud, no los cambios pendientes. Los campos enmascarados se exportan en claro; los ocultos se omiten.',
  bulkLabel: 'Correcciones masivas para {record}',
  bulkHint:
    'Pegue o suelte líneas campo,valor (CSV o TSV) o un objeto JSON. Los valores se comprueban como al escribir; no se envía nada hasta que revise y confirme.',
  bulkFile: 'Elegir un archivo',
  bulkStage: 'Dejar correcciones pendientes',
  bulkStaged: {
    one: '{count} cambio pendiente: revíselo y luego confirme.',
    other: '{count} cambios pendientes: revíselos y luego confirme.',
  },
  bulkNothing: 'Nada que dejar pendiente: el registro ya tiene estos valores.',
  bulkBlocked: 'Nada pendiente: corrija primero estas líneas.',
  bulkLine: 'Línea {line}: {message}',
  bulkDuplicate: '{field} aparece dos veces (primero en la línea {earlier}).',
  bulkUnknown: 'Omitida, línea {line}: «{name}» no es un campo de este registro.',
  bulkNotWritable: 'Omitida, línea {line}: su rol no puede cambiar «{field}» (política de atributos).',
  bulkMaskedSkipped: {
    one: '{count} valor enmascarado (puntos) se deja como está.',
    other: '{count} valores enmascarados (puntos) se dejan como están.',
  },
  bulkUnchanged: {
    one: '{count} línea ya coincide con el registro.',
    other: '{count} líneas ya coinciden con el registro.',
  },
  bulkReadFailed: 'No se pudo leer el archivo.',
  syntax_empty: 'No hay nada que leer.',
  'syntax_json-syntax': 'Esto no es JSON válido.',
  'syntax_json-not-object': 'El JSON debe ser un objeto de campos y valores.',
  'syntax_value-not-scalar': 'El valor de «{name}» debe ser texto, un número, true, false o null.',
  'syntax_field-count': 'Una línea debe tener dos celdas: campo y valor.',
  'syntax_unterminated-quote': 'Se abre una comilla que nunca se cierra.',
} satisfies Record<CustomAttributesMessageKey, Message>
