import { createContext, useContext, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { createStore, type StoreApi } from 'zustand/vanilla'

/**
 * Whether "Tools" is open, remembered per mounted widget (decision 0026): a supervisor who opened it for one
 * participant or conversation finds it open on the next, and a new sign-in starts closed. Not in sessionStorage:
 * two widgets in one page would share it.
 */
interface ToolsDisclosure {
  open: boolean
  setOpen: (open: boolean) => void
}

const createToolsDisclosure = (): StoreApi<ToolsDisclosure> =>
  createStore<ToolsDisclosure>()((set) => ({ open: false, setOpen: (open) => set({ open }) }))

const ToolsDisclosureContext = createContext<StoreApi<ToolsDisclosure> | null>(null)

export function ToolsDisclosureProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createToolsDisclosure)
  return <ToolsDisclosureContext value={store}>{children}</ToolsDisclosureContext>
}

/** The widget's open state; outside a provider (a panel mounted alone) it is the panel's own. */
export function useToolsOpen(): [boolean, (open: boolean) => void] {
  const [own] = useState(createToolsDisclosure)
  const store = useContext(ToolsDisclosureContext) ?? own
  return [useStore(store, (state) => state.open), useStore(store, (state) => state.setOpen)]
}
