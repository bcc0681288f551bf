import type { MessageBundle } from '../../../ui/i18n.tsx'

/** What became of writes after they left: unconfirmed ones, values they replaced, and where live data is not live. */
const en = {
  inDoubtTitle: 'Sent, but Genesys Cloud does not show it yet',
  inDoubtRow: '“{name}”: yours {mine}; the server shows {server}.',
  inDoubtHint:
    'It may still be applied. Nothing is sent again by itself: sending again could overwrite a change made since.',
  checkAgain: 'Check again',
  checkAgainLabel: 'Check the server again for {name}',
  sendAgain: 'Send again',
  sendAgainLabel: 'Send {name} again',
  checkAllAgain: 'Check all again',
  sendAllAgain: { one: 'Send {count} again', other: 'Send all {count} again' },
  forget: 'Forget',
  forgetLabel: 'Forget the unconfirmed change to {name}',
  replacedRow:
    'Your change to “{name}” ({mine}) replaced {theirs}, which someone else wrote while yours was being saved.',
  replacedMovedOn: 'It has changed again since: the server now shows {server}.',
  putBack: 'Put theirs back',
  putBackLabel: 'Put back the value of {name} that your change replaced',
  dismiss: 'Dismiss',
  dismissLabel: 'Dismiss the notice about {name}',
} as const

export type OutcomeMessageKey = keyof typeof en

export const outcomeMessages: MessageBundle<OutcomeMessageKey> = {
  id: 'attributes-outcomes',
  en,
}
