import type { Message } from '../../../ui/i18n.tsx'
import type { RowMenuMessageKey } from './row-menu-messages.ts'

/** Spanish for ./row-menu-messages.ts, in its own file so that only agents working in Spanish download it. */
export const rowMenuMessagesEs = {
  copyValue: 'Copiar valor',
  copyValueLabel: 'Copiar el valor de {name}',
  copyName: 'Copiar nombre',
  copyNameLabel: 'Copiar el nombre {name}',
  copyE164: 'Copiar como {number}',
  copyE164Label: 'Copiar {name} como el número E.164 {number}',
  copied: 'Copiado',
  copyFailed: 'No se pudo copiar: el navegador denegó el acceso al portapapeles.',
} satisfies Record<RowMenuMessageKey, Message>
