import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { loadRuntimeConfig } from '../config/load-runtime-config.ts'
import { parseLaunchContext } from '../config/launch-context.ts'
import { prepareAuthStartup } from '../features/auth/session/auth-startup.ts'
import { PopupCallbackNotice } from '../features/auth/components/popup-callback-notice.tsx'
import { LanguageProvider, languageFromTag } from '../ui/i18n.tsx'
import { ConfigErrorScreen } from './config-error-screen.tsx'
import { loadTranslations } from './load-translations.ts'
import { applyTheme } from './theme.ts'
import { Widget } from './widget.tsx'

/** Start-up of one widget page: decide what this load is, read config.json and the strings, then render once. */
export async function boot(rootElement: HTMLElement): Promise<void> {
  const root = createRoot(rootElement)
  // The OAuth answer is read (and removed from the URL) before anything else sees the URL.
  const startup = await prepareAuthStartup()
  const params = new URLSearchParams(window.location.search)
  const early = parseLaunchContext(params)
  applyTheme(early.theme ?? 'system')
  const language = languageFromTag(params.get('lang') ?? early.langTag ?? navigator.language)
  // Screen readers and the browser's hyphenation and fonts follow <html lang>; index.html says "en" until now.
  document.documentElement.lang = language
  // Fetched alongside config.json, not after it, and awaited before any render: no English flash, no extra wait.
  const strings = loadTranslations(language)

  if (startup.kind === 'popup-callback') {
    await strings
    root.render(
      <LanguageProvider language={language}>
        <PopupCallbackNotice />
      </LanguageProvider>,
    )
    return
  }

  try {
    const [config] = await Promise.all([loadRuntimeConfig(), strings])
    // Only config.json can name a language the URL did not (its `lang`); that one loads now, still before render.
    if (config.language !== language) await loadTranslations(config.language)
    applyTheme(config.launch.theme ?? config.theme)
    document.documentElement.lang = config.language
    root.render(
      <StrictMode>
        <Widget config={config} startup={startup} />
      </StrictMode>,
    )
  } catch (error) {
    await strings
    root.render(
      <LanguageProvider language={language}>
        <ConfigErrorScreen message={error instanceof Error ? error.message : String(error)} />
      </LanguageProvider>,
    )
  }
}
