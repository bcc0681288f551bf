import { useStore } from 'zustand'
import { useStagedEditsStore } from '../features/attributes/store/staged-edits-provider.tsx'
import { participantEditsKey } from '../features/attributes/store/staged-edits-store.ts'

/** How many names each participant has staged, for the badges on the participant tabs. */
export function useStagedCountFor(): (conversationId: string, participantId: string) => number {
  const byKey = useStore(useStagedEditsStore(), (state) => state.byKey)
  return (conversationId, participantId) =>
    Object.keys(byKey.get(participantEditsKey(conversationId, participantId))?.edits ?? {}).length
}
