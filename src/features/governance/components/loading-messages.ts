import type { MessageBundle } from '../../../ui/i18n.tsx'

/**
 * Strings for the governance tools while their chunk loads or if it cannot. Kept here rather than in
 * ../messages.ts only because this change may not touch that file; they belong there.
 */
export const governanceLoadingMessages: MessageBundle<'loadingTools' | 'toolsFailed' | 'toolsRetry'> = {
  en: {
    loadingTools: 'Loading bulk corrections, export and history…',
    toolsFailed:
      'Bulk corrections, export and history could not be loaded. Check the connection; the editor above works without them.',
    toolsRetry: 'Try again',
  },
  de: {
    loadingTools: 'Sammelkorrekturen, Export und Verlauf werden geladen…',
    toolsFailed:
      'Sammelkorrekturen, Export und Verlauf konnten nicht geladen werden. Prüfen Sie die Verbindung; der Editor oben funktioniert auch ohne sie.',
    toolsRetry: 'Erneut versuchen',
  },
}
