import { registerTranslations, type Language, type LoadableLanguage, type Translation } from '../ui/i18n.tsx'

type TranslationChunk = () => Promise<readonly Translation[]>

/** One lazily loaded chunk per language other than English, which ships with the features themselves. */
export const translationChunks: Record<LoadableLanguage, TranslationChunk> = {
  de: () => import('./german-messages.ts').then((module) => module.germanTranslations),
}

/**
 * Loads and registers the strings for `language`; await it before the first render so a German agent never sees
 * English first. Never rejects: if the chunk cannot load (network, a deploy that replaced it), the widget works in
 * English rather than not at all.
 */
export async function loadTranslations(
  language: Language,
  chunks: Record<LoadableLanguage, TranslationChunk> = translationChunks,
): Promise<void> {
  if (language === 'en') return
  try {
    registerTranslations(language, await chunks[language]())
  } catch (error) {
    console.warn(
      `Strings for "${language}" could not be loaded, showing English: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
