import { registerTranslations, type Language, type LoadableLanguage, type Translation } from '../ui/i18n.tsx'

type TranslationChunk = () => Promise<readonly Translation[]>

/**
 * One lazily loaded chunk per language other than English, which ships with the features themselves. Each chunk
 * holds that language's table of every bundle (<feature>/messages.<lang>.ts), so an agent downloads one language.
 */
export const translationChunks: Record<LoadableLanguage, TranslationChunk> = {
  de: () => import('./german-messages.ts').then((module) => module.germanTranslations),
  fr: () => import('./french-messages.ts').then((module) => module.frenchTranslations),
  es: () => import('./spanish-messages.ts').then((module) => module.spanishTranslations),
  'pt-BR': () => import('./portuguese-messages.ts').then((module) => module.portugueseTranslations),
  ja: () => import('./japanese-messages.ts').then((module) => module.japaneseTranslations),
}

/**
 * Loads and registers the strings for `language`; await it before the first render so an agent never sees
 * English first. Never rejects: if the chunk cannot load (network, a deploy that replaced it), the widget works in
 * English rather than not at all.
 */
export async function loadTranslations(
  language: Language,
  chunks: Partial<Record<LoadableLanguage, TranslationChunk>> = translationChunks,
): Promise<void> {
  if (language === 'en') return
  try {
    const chunk = chunks[language]
    if (!chunk) throw new Error('no strings are bundled for it')
    registerTranslations(language, await chunk())
  } catch (error) {
    console.warn(
      `Strings for "${language}" could not be loaded, showing English: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
