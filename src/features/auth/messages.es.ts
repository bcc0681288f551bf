import type { Message } from '../../ui/i18n.tsx'
import type { AuthMessageKey } from './messages.ts'

/** Spanish for ./messages.ts, in its own file so that only agents working in Spanish download it. */
export const authMessagesEs = {
  signInTitle: 'Iniciar sesión en Genesys Cloud',
  signInIntro: 'Este widget lee y corrige los datos de participantes con su cuenta de Genesys Cloud.',
  signIn: 'Iniciar sesión',
  signingIn: 'Iniciando sesión…',
  signOut: 'Cerrar sesión',
  signOutUnsaved: {
    one: 'Tiene {count} cambio sin guardar. Al cerrar sesión se descarta, para que la próxima persona que use este navegador no pueda enviarlo.',
    other:
      'Tiene {count} cambios sin guardar. Al cerrar sesión se descartan, para que la próxima persona que use este navegador no pueda enviarlos.',
  },
  signOutDiscard: 'Cerrar sesión y descartar',
  signOutKeep: 'Seguir trabajando',
  tryAgain: 'Reintentar',
  regionLabel: 'Región',
  regionEmulator: 'Emulador local ({origin})',
  implicitRetirementNotice:
    'Este widget inicia sesión con la concesión implícita, que Genesys Cloud está retirando (sin clientes implícitos nuevos desde 2026; el inicio de sesión implícito deja de funcionar en 2027). Pida a su administrador que cambie el cliente OAuth a Code Authorization con PKCE.',
  popupCallbackDone: 'Sesión iniciada. Puede cerrar esta ventana.',
  sessionEndsIn: 'Su sesión de Genesys termina en {seconds} s.',
  sessionEnded:
    'Su sesión de Genesys ha terminado. Sus cambios se conservan; vuelva a iniciar sesión para guardarlos.',
  renew: 'Renovar',
  renewing: 'Renovando…',
  failureAccessDenied:
    'Genesys Cloud no concedió el acceso (se canceló el inicio de sesión o se rechazó el permiso). Vuelva a iniciar sesión y acepte la solicitud, o pida a su administrador los permisos necesarios.',
  failureUnknownClient:
    'Genesys Cloud no reconoce el cliente OAuth de esta aplicación en esta región. Pida a su administrador que revise el ID de cliente y la región en config.json.',
  failureWrongGrant:
    'El cliente OAuth no está configurado para este tipo de inicio de sesión. Pida a su administrador que revise el tipo de concesión (PKCE o implícita) en Genesys Cloud y en config.json.',
  failureWrongRedirectUri:
    'Genesys Cloud rechazó la dirección de esta aplicación como URI de redirección. Pida a su administrador que la añada a las URI de redirección del cliente OAuth.',
  failurePopupBlocked:
    'El navegador bloqueó la ventana de inicio de sesión. Permita las ventanas emergentes para este sitio y vuelva a intentarlo.',
  failurePopupClosed:
    'La ventana de inicio de sesión se cerró antes de terminar. Vuelva a intentarlo. Si la ventana mostró un error, como un cliente desconocido o una URI de redirección no registrada, entregue ese texto a su administrador: el ID de cliente de config.json y las URI de redirección del cliente OAuth deben coincidir con esta aplicación.',
  failureNoAnswer:
    'El inicio de sesión no terminó. Si la página de Genesys mostró un error, como un cliente desconocido o una URI de redirección no registrada, entregue ese texto a su administrador: el ID de cliente de config.json y las URI de redirección del cliente OAuth deben coincidir con esta aplicación. Si no, vuelva a iniciar sesión.',
  failureFrameRefused:
    'La página de inicio de sesión de Genesys no se puede mostrar dentro de este marco. Inicie sesión en una ventana aparte.',
  failureStateMismatch:
    'La respuesta de inicio de sesión no correspondía a ningún inicio de sesión empezado aquí y se rechazó por su seguridad. Vuelva a iniciar sesión desde esta ventana.',
  failureExpiredAtReceipt:
    'La respuesta de inicio de sesión ya había caducado al llegar. Revise el reloj de su equipo y la duración del token del cliente OAuth, y vuelva a intentarlo.',
  failureNetwork: 'No se pudo conectar con Genesys Cloud. Revise su conexión de red y vuelva a intentarlo.',
  failureRejected:
    'Genesys Cloud rechazó el inicio de sesión. Vuelva a intentarlo; si sigue fallando, avise a su administrador.',
  failureServerError:
    'Genesys Cloud no pudo completar el inicio de sesión en este momento. Espere un poco y vuelva a intentarlo.',
  failureSignInUnavailable:
    'El inicio de sesión no pudo empezar: una parte de esta aplicación no se descargó. Revise su conexión de red y vuelva a intentarlo. Si sigue fallando, puede que la aplicación se acabe de actualizar: recargue la página.',
  failureDetail: 'Detalles: {detail}',
} satisfies Record<AuthMessageKey, Message>
