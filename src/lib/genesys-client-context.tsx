import { createContext, useContext, type ReactNode } from 'react'
import type { GenesysClient } from '../genesys/client.ts'

const GenesysClientContext = createContext<GenesysClient | null>(null)

/** The app shell creates one client per signed-in session and hands it to features through this context. */
export function GenesysClientProvider({ client, children }: { client: GenesysClient; children: ReactNode }) {
  return <GenesysClientContext.Provider value={client}>{children}</GenesysClientContext.Provider>
}

export function useGenesysClient(): GenesysClient {
  const client = useContext(GenesysClientContext)
  if (!client)
    throw new Error('useGenesysClient must be used inside <GenesysClientProvider> (after sign-in).')
  return client
}
