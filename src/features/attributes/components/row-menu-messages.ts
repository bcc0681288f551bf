import type { MessageBundle } from '../../../ui/i18n.tsx'

// Its own bundle: only the row menu (a chunk of its own) says these, so they stay out of the first download.
const en = {
  copyValue: 'Copy value',
  copyValueLabel: 'Copy value of {name}',
  copyName: 'Copy name',
  copyNameLabel: 'Copy the name {name}',
  copyE164: 'Copy as {number}',
  copyE164Label: 'Copy {name} as the E.164 number {number}',
  copied: 'Copied',
  copyFailed: 'Could not copy: the browser refused the clipboard.',
} as const

export type RowMenuMessageKey = keyof typeof en

export const rowMenuMessages: MessageBundle<RowMenuMessageKey> = {
  id: 'attributes-row-menu',
  en,
}
