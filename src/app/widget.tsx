import '../lib/zod-csp.ts'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import type { RuntimeConfig } from '../config/resolve-runtime-config.ts'
import { AuditLogProvider } from '../features/attributes/governance/store/audit-log-provider.tsx'
import { StagedEditsProvider } from '../features/attributes/store/staged-edits-provider.tsx'
import { AuthProvider, useAuth } from '../features/auth/components/auth-provider.tsx'
import type { AuthStartup } from '../features/auth/session/auth-startup.ts'
import { SignInGate } from '../features/auth/components/sign-in-gate.tsx'
import { SignOutButton } from '../features/auth/components/sign-out-button.tsx'
import { SelectionProvider } from '../features/conversation/store/selection-provider.tsx'
import { createQueryClient } from '../lib/query-client.ts'
import { LanguageProvider, useTranslate } from '../ui/i18n.tsx'
import { appMessages } from './messages.ts'
import { SignedInWorkspace } from './signed-in-workspace.tsx'
import { StorageNotice } from './storage-notice.tsx'
import { useForgetOnSignOut } from './forget-on-sign-out.ts'
import { useUnsavedCount } from './staged-counts.ts'
import { useDesktopIntegration } from './use-desktop-integration.ts'

/**
 * The widget: providers from the outside in (language, server-state cache, sign-in, then this instance's client
 * state: staged edits, selection, audit log), then the shell. One of these per iframe; nothing here is global, so ten instances
 * in one desktop stay independent.
 */
export function Widget({ config, startup }: { config: RuntimeConfig; startup: AuthStartup }) {
  const [queryClient] = useState(createQueryClient)
  return (
    <LanguageProvider language={config.language}>
      <QueryClientProvider client={queryClient}>
        <AuthProvider config={config} startup={startup}>
          <UsersStagedEdits>
            <SelectionProvider>
              <AuditLogProvider>
                <WidgetShell config={config} />
              </AuditLogProvider>
            </SelectionProvider>
          </UsersStagedEdits>
        </AuthProvider>
      </QueryClientProvider>
    </LanguageProvider>
  )
}

/** Staged edits follow the session's token: a new token hides them until `users/me` says whose it is (0032). */
function UsersStagedEdits({ children }: { children: ReactNode }) {
  const { tokenTag } = useAuth()
  return <StagedEditsProvider tokenTag={tokenTag}>{children}</StagedEditsProvider>
}

function WidgetShell({ config }: { config: RuntimeConfig }) {
  const t = useTranslate(appMessages)
  const auth = useAuth()
  const unsavedCount = useUnsavedCount()
  useForgetOnSignOut()
  useDesktopIntegration(config)
  return (
    <div className="widget">
      <header className="widget__header">
        <h1 className="widget__title">{t('title')}</h1>
        <div className="widget__session">
          {config.region.isEmulator ? <span className="badge badge--local">{t('localEmulator')}</span> : null}
          {auth.status === 'signed-in' ? <SignOutButton unsavedCount={unsavedCount} /> : null}
        </div>
      </header>
      <main className="widget__main">
        <StorageNotice />
        <SignInGate>
          <SignedInWorkspace config={config} />
        </SignInGate>
      </main>
    </div>
  )
}
