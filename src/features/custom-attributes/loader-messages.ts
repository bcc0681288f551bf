import type { MessageBundle } from '../../ui/i18n.tsx'

/** The two strings the entry chunk needs before the section's own code (and strings) arrive. */
const en = {
  loading: 'Loading conversation data…',
  failed:
    'Conversation data could not be loaded. Check the connection; participant data above works without it.',
  retry: 'Try again',
}

export type CustomAttributesLoaderMessageKey = keyof typeof en

export const customAttributesLoaderMessages: MessageBundle<CustomAttributesLoaderMessageKey> = {
  id: 'custom-attributes-loader',
  en,
}
