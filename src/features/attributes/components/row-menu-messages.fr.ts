import type { RowMenuMessageKey } from './row-menu-messages.ts'

/** French for ./row-menu-messages.ts, in its own file so that only agents working in French download it. */
export const rowMenuMessagesFr = {
  copyValue: 'Copier la valeur',
  copyValueLabel: 'Copier la valeur de {name}',
  copyName: 'Copier le nom',
  copyNameLabel: 'Copier le nom {name}',
  copyE164: 'Copier sous la forme {number}',
  copyE164Label: 'Copier {name} sous la forme du numéro E.164 {number}',
  copied: 'Copié',
  copyFailed: 'Copie impossible : le navigateur a refusé l’accès au presse-papiers.',
} satisfies Record<RowMenuMessageKey, string>
