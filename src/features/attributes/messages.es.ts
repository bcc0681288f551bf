import type { Message } from '../../ui/i18n.tsx'
import type { AttributeMessageKey } from './messages.ts'

/** Spanish for ./messages.ts, in its own file so that only agents working in Spanish download it. */
export const attributeMessagesEs = {
  tableLabel: 'Atributos del participante',
  panelLabel: 'Atributos de {participant}',
  columnName: 'Nombre',
  columnValue: 'Valor',
  columnState: 'Estado',
  sortByName: 'Ordenar por nombre',
  valueOf: 'Valor de {name}',
  status_unchanged: 'Sin cambios',
  status_added: 'Añadido',
  status_changed: 'Modificado',
  status_cleared: 'Vaciado',
  status_conflict: 'Conflicto',
  status_saving: 'Guardando…',
  status_confirming: 'Confirmando…',
  status_unconfirmed: 'Sin confirmar',
  undoRow: 'Deshacer',
  undoRowLabel: 'Deshacer {name}',
  clearValue: 'Vaciar valor',
  clearValueLabel: 'Vaciar el valor de {name}',
  clearNote: 'Genesys Cloud no permite borrar: vaciar guarda un valor vacío.',
  editHint: 'Intro deja el valor pendiente, Mayús+Intro añade una línea, Esc cancela.',
  serverValue: 'En el servidor: {value}',
  notSet: '(sin definir)',
  emptyValue: '(vacío)',
  formattedJson: 'JSON con formato',
  formattedJsonPartial: 'Abreviado (profundidad {depth}, {limit} caracteres); el valor no cambia.',
  conflictNote: 'Modificado en otro lugar desde que lo dejó pendiente.',
  conflictTheirs: 'Ahora en el servidor: {value}',
  conflictMine: 'El suyo: {value}',
  keepMine: 'Mantener el mío',
  keepMineLabel: 'Mantener el mío para {name}',
  useTheirs: 'Usar el del servidor',
  useTheirsLabel: 'Usar el del servidor para {name}',
  changedElsewhere: 'Modificado en otro lugar a las {time}',
  changedElsewhereWas: 'antes {value}',
  changedWhileTyping:
    'Otro lo modificó mientras escribía. Ahora: {value}. Al dejar el suyo pendiente, elegirá cuál conservar.',
  addHeading: 'Añadir un atributo',
  attributeName: 'Nombre del atributo',
  attributeValue: 'Valor del atributo',
  addAttribute: 'Añadir atributo',
  addSentToRow:
    '«{name}» ya existe: no se añadió nada. Su valor está en su editor, arriba; Intro lo deja pendiente, Esc conserva el anterior.',
  characterCount: '{length} / {limit} caracteres',
  filterLabel: 'Filtrar atributos',
  noMatches: 'Ningún atributo coincide con «{query}».',
  noAttributes: 'Este participante aún no tiene atributos.',
  reviewChanges: 'Revisar cambios',
  commit: 'Guardar',
  discardAll: 'Descartar todo',
  undoLastLabel: 'Deshacer el último cambio',
  redoLastLabel: 'Rehacer el último cambio',
  stagedCount: {
    one: '{count} cambio pendiente',
    other: '{count} cambios pendientes',
  },
  toolbarLabel: 'Cambios pendientes',
  reviewTitle: 'Revisar los cambios de {participant}',
  reviewOld: 'Valor anterior',
  reviewNew: 'Valor nuevo',
  reviewNothing: 'No hay nada que guardar.',
  reviewHeldBack: {
    one: '{count} cambio se modificó en otro lugar y no se enviará hasta que elija «Mantener el mío» o «Usar el del servidor».',
    other:
      '{count} cambios se modificaron en otro lugar y no se enviarán hasta que elija «Mantener el mío» o «Usar el del servidor».',
  },
  close: 'Cerrar',
  endedBanner:
    'Esta conversación ha finalizado. Aún puede cambiar sus atributos, pero los análisis no conservan los cambios hechos después del final.',
  liveStatus_connecting: 'conectando',
  liveStatus_reconnecting: 'reconectando',
  liveStatus_down: 'interrumpidas',
  liveDown:
    'Las actualizaciones en directo no están conectadas ({status}). El servidor se vuelve a comprobar antes de cada guardado.',
  committed: {
    one: '{count} cambio enviado. Esperando a que Genesys Cloud lo muestre…',
    other: '{count} cambios enviados. Esperando a que Genesys Cloud los muestre…',
  },
  heldBack: {
    one: '{count} cambio se modificó en otro lugar y no se envió: elija «Mantener el mío» o «Usar el del servidor».',
    other:
      '{count} cambios se modificaron en otro lugar y no se enviaron: elija «Mantener el mío» o «Usar el del servidor».',
  },
  changedSinceCommit:
    'No enviado: {names} cambió después de pulsar «Guardar». Lo que ha preparado desde entonces se conserva; guarde de nuevo para enviarlo.',
  error_rejected:
    'Genesys Cloud rechazó el cambio en {names}: {detail} Corrija el valor y vuelva a guardar. Sus cambios se conservan.',
  error_rejected_overLimit:
    'Genesys Cloud rechazó el cambio en {names}: {detail} Este participante ya tiene {held} atributos, más de los {limit} que acepta Genesys Cloud, así que no se puede guardar ningún cambio hasta que un flujo o un administrador quite algunos. Sus cambios se conservan.',
  error_forbidden:
    'No tiene permiso para cambiar los datos de este participante (403). Sus cambios se conservan; pida el permiso a un administrador.',
  error_not_found:
    'Esta conversación ya no existe o ya no puede verla (404). Sus cambios se conservan, pero no se pueden enviar.',
  error_rate_limited: {
    one: 'Genesys Cloud está limitando las solicitudes de esta aplicación. Su cambio se conserva; nuevo intento en {seconds} s.',
    other:
      'Genesys Cloud está limitando las solicitudes de esta aplicación. Sus {count} cambios se conservan; nuevo intento en {seconds} s.',
  },
  error_uncertain_checked: {
    one: 'Error al guardar: puede que el cambio se haya guardado o no. Comprobamos el servidor: llegó {landed} de {count}. Aún puede llegar y se vigila; no se reenvía nada salvo que elija «Enviar de nuevo».',
    other:
      'Error al guardar: puede que los cambios se hayan guardado o no. Comprobamos el servidor: llegaron {landed} de {count}. El resto aún puede llegar y se vigila; no se reenvía nada salvo que elija «Enviar de nuevo».',
  },
  error_uncertain_unchecked:
    'Error al guardar: puede que los cambios se hayan guardado o no, y aún no se pudo comprobar el servidor. Sus cambios se conservan y se vigilan; no se reenvía nada salvo que elija «Enviar de nuevo».',
  error_unauthorized: 'Su sesión ha caducado. Vuelva a iniciar sesión; sus cambios se conservan.',
  commitWaitingForNetwork:
    'No tiene conexión. Todavía no se ha enviado nada: su confirmación saldrá cuando vuelva la conexión, solo con los cambios que confirmó. Puede seguir editando o descartar.',
  retry: 'Reintentar',
  outcomesUnavailable:
    'Algunos cambios se enviaron pero no están confirmados, y no se pudieron cargar las opciones para ellos. Revise la conexión y vuelva a intentarlo.',
  notCovered:
    'No participa en esta conversación, así que los cambios hechos en otro lugar aparecen en 10 s, no en directo. El servidor se comprueba antes de cada guardado.',
  readFailed:
    'No se pudo leer el servidor antes de enviar. No se envió nada; sus cambios se conservan. Vuelva a intentarlo.',
  retryNow: 'Reintentar ahora',
  problem_rejected: 'Rechazado por Genesys Cloud.',
  problem_forbidden: 'Sin permiso.',
  problem_not_found: 'Conversación no encontrada.',
  problem_rate_limited: 'Esperando al límite de solicitudes.',
  problem_uncertain: 'Puede que no se haya guardado; se está comprobando el servidor.',
  problem_unconfirmed:
    'Enviado, pero Genesys Cloud aún no lo muestra. Vuelva a comprobar o envíelo de nuevo.',
  problem_interrupted: 'Enviado antes de recargar la página; se está comprobando el servidor.',
  problem_unauthorized: 'Vuelva a iniciar sesión para enviar.',
  issue_name_blank: 'Escriba un nombre: Genesys Cloud no admite nombres vacíos.',
  issue_name_whitespace:
    'El nombre empieza o termina con un espacio. Los nombres deben coincidir exactamente: ¿quiso decir «{trimmed}»?',
  issue_name_case_clash:
    '«{existing}» ya existe con otras mayúsculas. Los nombres distinguen mayúsculas y minúsculas: los flujos que leen «{existing}» no verán este.',
  issue_name_lookalike_normalisation:
    'Se ve exactamente como «{existing}» (otra forma Unicode), pero es otro nombre: los flujos que leen «{existing}» no lo verán.',
  issue_name_lookalike_invisible:
    'Se parece a «{existing}», pero tiene caracteres invisibles («{name}»): los flujos que leen «{existing}» no lo verán.',
  issue_name_lookalike_letters:
    'Se parece a «{existing}», pero usa letras parecidas («{name}»): los flujos que leen «{existing}» no lo verán.',
  issue_name_invisible: 'El nombre tiene caracteres invisibles: «{name}».',
  issue_name_dot: 'Los scripts de agente no pueden leer nombres que contienen «.».',
  issue_name_exists: 'Este nombre ya existe: Añadir le lleva a su fila para cambiar allí el valor.',
  issue_name_too_long: 'El nombre tiene {length} caracteres; el límite es {limit}.',
  issue_value_too_long: 'El valor tiene {length} caracteres; el límite es {limit}.',
  issue_value_not_string: 'Los valores deben ser texto.',
  issue_too_many: 'Este participante ya tiene {limit} atributos, el máximo configurado.',
  policy_refused_name: 'Su rol no puede cambiar «{name}» (política de atributos).',
  policy_refused_commit:
    'No enviado: su rol no puede cambiar {names} (política de atributos). Deshaga esos cambios; los demás se enviaron.',
  access_read_only: 'Solo lectura',
  unwritable_commit:
    'No enviado: Genesys Cloud rechaza escrituras en {names} (un nombre vacío o uno que supera el límite de longitud). Deshaga esos cambios; el resto del commit no se ve afectado.',
  unreadableKept:
    'Los últimos valores que Genesys Cloud envió para {names} no son texto y no se pudieron leer. Esas filas muestran el último valor legible.',
  unreadableNotShown:
    'Los valores que Genesys Cloud envió para {names} no son texto y no se pudieron leer; no se muestran.',
  rowUnreadable:
    'El último valor que envió Genesys Cloud no es texto y no se pudo leer. Se muestra el último valor legible.',
  rowNameBlank: 'No editable: Genesys Cloud rechaza escrituras en un nombre vacío.',
  rowNameTooLong:
    'No editable: este nombre tiene {length} caracteres y Genesys Cloud acepta escrituras en nombres de hasta {limit}.',
  access_masked: 'Enmascarado',
  masked_value_label: 'El valor de {name} está enmascarado',
  reveal: 'Mostrar',
  reveal_label: 'Mostrar el valor de {name} durante {seconds} segundos',
  revealRemaining: 'Visible {seconds} s más, o más tiempo mientras edita.',
  revealHeld: 'Visible mientras edita; se enmascara al salir del campo.',
  loadingRows: {
    one: 'Cargando {count} atributo…',
    other: 'Cargando los {count} atributos…',
  },
  noticesLabel: 'Avisos',
  dismissNotices: 'Cerrar avisos',
  filterPlaceholder: 'Filtrar',
  gridKeysHint: 'Las flechas mueven; Intro, F2 o escribir edita; Ctrl+Intro revisa y luego guarda.',
  sortNext_ascending: 'Ordenar por nombre, de la A a la Z',
  sortNext_descending: 'Ordenar por nombre, de la Z a la A',
  sortNext_server: 'Sin ordenar por nombre: orden del servidor',
  rowActionsLabel: 'Acciones de {name}',
  copyFailed: 'No se pudo copiar: el navegador denegó el acceso al portapapeles.',
  copyAll: 'Copiar todo',
  copiedAll: {
    one: '{count} atributo copiado tal como se muestra',
    other: '{count} atributos copiados tal como se muestran',
  },
  openLinkLabel: 'Abrir {name} en una pestaña nueva',
  showAllLabel: 'Mostrar el valor completo de {name}',
  showLessLabel: 'Mostrar menos del valor de {name}',
  saved: 'Guardado ✓ {names}',
  savedAnswerLost: 'Guardado ✓ {names}. La respuesta se perdió, pero el servidor muestra el cambio.',
  revert: 'Revertir',
  reverted: {
    one: 'Valor anterior de {names} preparado: revíselo y guárdelo, o descártelo.',
    other: '{count} valores anteriores preparados ({names}): revíselos y guárdelos, o descártelos.',
  },
  revertLeftOut: {
    one: 'No revertido: {names}. Su rol ya no puede cambiarlo (política de atributos).',
    other: '{count} no revertidos: {names}. Su rol ya no puede cambiarlos (política de atributos).',
  },
  details: 'Detalles',
} satisfies Record<AttributeMessageKey, Message>
