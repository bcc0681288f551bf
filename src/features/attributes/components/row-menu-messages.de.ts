import type { RowMenuMessageKey } from './row-menu-messages.ts'

/** German for ./row-menu-messages.ts, in its own file so that only agents working in German download it. */
export const rowMenuMessagesDe = {
  copyValue: 'Wert kopieren',
  copyValueLabel: 'Wert von {name} kopieren',
  copyName: 'Namen kopieren',
  copyNameLabel: 'Den Namen {name} kopieren',
  copyE164: 'Als {number} kopieren',
  copyE164Label: '{name} als E.164-Nummer {number} kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren nicht möglich: Der Browser verweigert die Zwischenablage.',
} satisfies Record<RowMenuMessageKey, string>
