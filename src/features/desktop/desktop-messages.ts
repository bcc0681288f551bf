import type { MessageBundle } from '../../ui/i18n.tsx'

/** Toasts in the Genesys desktop; loaded with the desktop integration, which runs only inside a Genesys frame. */
const en = {
  toastTitle: 'Participant data',
  changedElsewhere: {
    one: '“{names}” was changed by a flow or another user while you had a change staged. Open the panel to choose which value to keep.',
    other:
      '{count} values ({names}) were changed by a flow or another user while you had changes staged. Open the panel to choose which values to keep.',
  },
  commitFailed: {
    one: 'Saving “{names}” failed: {reason} Your change is kept in the panel.',
    other: 'Saving {count} changes ({names}) failed: {reason} Your changes are kept in the panel.',
  },
  unsavedOnStop: {
    one: '{count} change to participant data is not committed yet. Open this interaction again to review and commit it.',
    other:
      '{count} changes to participant data are not committed yet. Open this interaction again to review and commit them.',
  },
} as const

export type DesktopMessageKey = keyof typeof en

export const desktopMessages: MessageBundle<DesktopMessageKey> = {
  id: 'desktop',
  en,
}
