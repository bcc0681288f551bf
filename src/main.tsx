import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ConfigErrorScreen } from './app/config-error-screen.tsx'
import { applyTheme } from './app/theme.ts'
import { Widget } from './app/widget.tsx'
import { loadRuntimeConfig } from './config/load-runtime-config.ts'
import { parseLaunchContext } from './config/launch-context.ts'
import { prepareAuthStartup } from './features/auth/auth-startup.ts'
import { PopupCallbackNotice } from './features/auth/popup-callback-notice.tsx'
import { LanguageProvider, languageFromTag } from './ui/i18n.tsx'
import './ui/theme.css'
import './app/app.css'
import './features/conversation/conversation.css'
import './features/attributes/attributes.css'

async function boot(rootElement: HTMLElement): Promise<void> {
  const root = createRoot(rootElement)
  // The OAuth answer is read (and removed from the URL) before anything else sees the URL.
  const startup = await prepareAuthStartup()
  const params = new URLSearchParams(window.location.search)
  const early = parseLaunchContext(params)
  applyTheme(early.theme ?? 'system')
  const language = languageFromTag(params.get('lang') ?? early.langTag ?? navigator.language)

  if (startup.kind === 'popup-callback') {
    root.render(
      <LanguageProvider language={language}>
        <PopupCallbackNotice />
      </LanguageProvider>,
    )
    return
  }

  try {
    const config = await loadRuntimeConfig()
    applyTheme(config.launch.theme ?? config.theme)
    document.documentElement.lang = config.language
    root.render(
      <StrictMode>
        <Widget config={config} startup={startup} />
      </StrictMode>,
    )
  } catch (error) {
    root.render(
      <LanguageProvider language={language}>
        <ConfigErrorScreen message={error instanceof Error ? error.message : String(error)} />
      </LanguageProvider>,
    )
  }
}

const rootElement = document.getElementById('root')
if (rootElement) void boot(rootElement)
