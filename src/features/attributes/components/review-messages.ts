import type { MessageBundle } from '../../../ui/i18n.tsx'

// Its own bundle only because the review dialog's loader lives in components/; the dialog's strings stay in
// ../messages.ts (the dialog shares them with the table).
const en = {
  reviewFailed:
    'The review could not be loaded. Check the connection and try again; Commit works without it.',
} as const

export type ReviewMessageKey = keyof typeof en

export const reviewMessages: MessageBundle<ReviewMessageKey> = {
  id: 'attributes-review',
  en,
}
