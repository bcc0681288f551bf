import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { RuntimeConfig } from '../config/resolve-runtime-config.ts'
import { useStagedEditsStore } from '../features/attributes/store/staged-edits-provider.tsx'
import { isFramed } from '../features/auth/session/create-session.ts'

/**
 * Inside the Genesys desktop (framed, launched with gcHostOrigin and gcTargetEnv) the widget tells the desktop
 * about unsaved edits through the Client App SDK. The SDK and everything around it load only then, after the
 * first render, so a tab of its own and the entry chunk never carry it. A chunk that fails to load costs only the
 * toasts: the panel itself works the same.
 */
export function useDesktopIntegration(config: RuntimeConfig): void {
  const editsStore = useStagedEditsStore()
  const queryClient = useQueryClient()
  const { hostOrigin, targetEnv } = config.launch
  const language = config.language
  useEffect(() => {
    if (!hostOrigin || !targetEnv || !isFramed(window)) return
    let stop: (() => void) | undefined
    let cancelled = false
    import('../features/desktop/desktop-integration.ts').then(
      ({ startDesktopIntegration }) => {
        if (!cancelled) stop = startDesktopIntegration({ language, editsStore, queryClient })
      },
      (error: unknown) =>
        console.warn(
          `The Genesys desktop integration could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        ),
    )
    return () => {
      cancelled = true
      stop?.()
    }
  }, [hostOrigin, targetEnv, language, editsStore, queryClient])
}
