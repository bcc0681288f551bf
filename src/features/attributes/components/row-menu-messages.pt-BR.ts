import type { Message } from '../../../ui/i18n.tsx'
import type { RowMenuMessageKey } from './row-menu-messages.ts'

/** Brazilian Portuguese for ./row-menu-messages.ts, in its own file so that only agents working in Brazilian Portuguese download it. */
export const rowMenuMessagesPtBr = {
  copyValue: 'Copiar valor',
  copyValueLabel: 'Copiar o valor de {name}',
  copyName: 'Copiar nome',
  copyNameLabel: 'Copiar o nome {name}',
  copyE164: 'Copiar como {number}',
  copyE164Label: 'Copiar {name} como o número E.164 {number}',
  copied: 'Copiado',
  copyFailed: 'Não foi possível copiar: o navegador recusou o acesso à área de transferência.',
} satisfies Record<RowMenuMessageKey, Message>
