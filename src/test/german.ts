import { germanTranslations } from '../app/german-messages.ts'
import { registerTranslations } from '../ui/i18n.tsx'

/**
 * German is registered by the app at start-up, not by the features, so a component test that renders German
 * calls this first (src/test/setup.ts forgets it again after each test).
 */
export function registerGerman(): void {
  registerTranslations('de', germanTranslations)
}
