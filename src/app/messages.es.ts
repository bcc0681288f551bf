import type { Message } from '../ui/i18n.tsx'
import type { AppMessageKey } from './messages.ts'

/** Spanish for ./messages.ts, in its own file so that only agents working in Spanish download it. */
export const appMessagesEs = {
  title: 'Datos de participantes',
  localEmulator: 'Emulador local',
  configErrorTitle: 'El widget no está bien configurado',
  configErrorHelp:
    'Pida a su administrador de Genesys Cloud que revise la configuración del widget (config.json) y la URL de la integración.',
  storageBlocked:
    'Su navegador no permite que este panel guarde datos, así que los cambios pendientes solo se conservan mientras siga abierto. Guárdelos antes de cerrarlo o recargarlo, o permita las cookies de terceros para este sitio.',
  storageFull:
    'El almacenamiento de este navegador para el panel está lleno: los cambios que prepare a partir de ahora solo se conservan mientras el panel siga abierto. Guárdelos antes de recargarlo.',
  featureFailed:
    'Esta parte del panel dejó de funcionar ({message}). Sus cambios pendientes se conservan; vuelva a intentarlo o recargue el panel.',
  reload: 'Recargar el panel',
  tryAgain: 'Reintentar',
  userUnknown:
    'Genesys Cloud no ha indicado quién ha iniciado sesión ({reason}). Sus cambios pendientes se conservan; «Guardar» y las actualizaciones en directo esperan hasta que lo haga. Se vuelve a preguntar cada {seconds} s.',
} satisfies Record<AppMessageKey, Message>
