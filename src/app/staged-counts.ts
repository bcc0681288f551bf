import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import { useStagedEditsStore } from '../features/attributes/store/staged-edits-provider.tsx'
import { participantEditsKey } from '../features/attributes/store/staged-edits-store.ts'

/** How many names each participant has staged, for the badges on the participant tabs. */
export function useStagedCountFor(): (conversationId: string, participantId: string) => number {
  const byKey = useStore(useStagedEditsStore(), (state) => state.byKey)
  return (conversationId, participantId) =>
    Object.keys(byKey.get(participantEditsKey(conversationId, participantId))?.edits ?? {}).length
}

/** Every edit of this tab not yet shown by the server (staged, or sent and unconfirmed), over all conversations. */
export function useUnsavedCount(): number {
  return useStore(useStagedEditsStore(), (state) => {
    let count = 0
    for (const entry of state.byKey.values()) count += Object.keys(entry.edits).length
    return count
  })
}

/** Conversations with edits not yet shown by the server, in the order they were first edited. */
export function useUnsavedConversationIds(): string[] {
  return useStore(
    useStagedEditsStore(),
    useShallow((state) => {
      const ids = new Set<string>()
      for (const [key, entry] of state.byKey)
        if (Object.keys(entry.edits).length > 0) ids.add(key.slice(0, key.indexOf('/')))
      return [...ids]
    }),
  )
}
