import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react'
import type { RuntimeConfig } from '../../../config/resolve-runtime-config.ts'
import type { AuthSession, AuthSnapshot, SignInMethod } from '../model/auth-session.ts'
import type { AuthStartup } from '../session/auth-startup.ts'
import { createAuthSessionFromConfig } from '../session/create-session.ts'

interface AuthContextValue {
  session: AuthSession
  config: RuntimeConfig
}

const AuthContext = createContext<AuthContextValue | null>(null)

export interface AuthProviderProps {
  config: RuntimeConfig
  /** The result of prepareAuthStartup(); carries a redirect answer to finish. */
  startup?: AuthStartup | undefined
  /** Tests pass a session built around a fake grant driver. */
  session?: AuthSession
  /** Called before a sign-in redirect leaves the page; the value comes back as `useAuth().returnState`. */
  getReturnState?: () => unknown
  children: ReactNode
}

export function AuthProvider({
  config,
  startup,
  session: given,
  getReturnState,
  children,
}: AuthProviderProps) {
  const [session] = useState(
    () =>
      given ?? createAuthSessionFromConfig(config, startup?.kind === 'app' ? startup.callback : undefined),
  )
  useEffect(() => {
    const stop = session.start()
    void session.handleCallbackIfPresent()
    return stop
  }, [session])
  useEffect(() => {
    session.setReturnStateProvider(getReturnState)
    return () => session.setReturnStateProvider(undefined)
  }, [session, getReturnState])
  return <AuthContext.Provider value={{ session, config }}>{children}</AuthContext.Provider>
}

export interface UseAuth extends AuthSnapshot {
  regionLabel: string
  grant: RuntimeConfig['grant']
  signIn: (options?: { method?: SignInMethod }) => Promise<void>
  signOut: () => Promise<void>
  /** For the Genesys client: `createGenesysClient({ apiOrigin, ...useAuth().clientAuth })`. */
  clientAuth: { getAccessToken: () => string; onUnauthorized: () => Promise<boolean> }
}

export function useAuthContext(): AuthContextValue {
  const value = useContext(AuthContext)
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>.')
  return value
}

export function useAuth(): UseAuth {
  const { session, config } = useAuthContext()
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot)
  return {
    ...snapshot,
    regionLabel: config.region.label,
    grant: config.grant,
    signIn: (options) => session.signIn(options),
    signOut: () => session.signOut(),
    clientAuth: {
      // An empty token earns a 401, which leads to onUnauthorized: one path for "no token" and "token refused".
      getAccessToken: () => session.getAccessToken() ?? '',
      onUnauthorized: () => session.reauthenticate(),
    },
  }
}
