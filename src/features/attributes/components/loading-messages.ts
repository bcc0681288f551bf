import type { MessageBundle } from '../../../ui/i18n.tsx'

/**
 * Strings of the placeholders shown while a lazily loaded part of the editor arrives. Kept here rather than in
 * ../messages.ts only because this change may not touch that file; they belong there.
 */
export const attributeLoadingMessages: MessageBundle<'loadingRows'> = {
  en: { loadingRows: 'Loading all {count} attributes…' },
  de: { loadingRows: 'Alle {count} Attribute werden geladen…' },
}
