import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import { useStagedEditsStore } from '../features/attributes/store/staged-edits-provider.tsx'
import { isInDoubt } from '../features/attributes/model/reduce-edits.ts'
import { participantEditsKey } from '../features/attributes/store/staged-edits-store.ts'
import type { ParticipantEditCounts } from '../features/conversation/components/participant-tabs.tsx'

/**
 * Each participant's edits for the badges on the participant tabs: staged ones counted as the toolbar counts them,
 * and apart from them the ones on their way and the ones in doubt (sent, no longer watched, waiting for the user),
 * so a tab never says "1 staged" while the toolbar of the same participant says "0 staged changes".
 */
export function useEditCountsFor(): (conversationId: string, participantId: string) => ParticipantEditCounts {
  const byKey = useStore(useStagedEditsStore(), (state) => state.byKey)
  return (conversationId, participantId) => {
    const edits = Object.values(byKey.get(participantEditsKey(conversationId, participantId))?.edits ?? {})
    const staged = edits.filter((edit) => edit.phase === 'staged').length
    const inDoubt = edits.filter(isInDoubt).length
    return { staged, inDoubt, sending: edits.length - staged - inDoubt }
  }
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
