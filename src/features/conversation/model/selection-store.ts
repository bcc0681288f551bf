import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import * as z from 'zod/mini'
import { sessionStore } from '../../../lib/session-store.ts'

/**
 * The screen the user was on: which conversation and which participant. Kept in sessionStorage so that a reload or
 * a sign-in redirect brings the agent back to the same place. Never holds server data.
 */
const persistedSelectionSchema = z.object({
  conversationId: z.catch(z.nullable(z.string()), null),
  participantByConversation: z.catch(z.record(z.string(), z.string()), {}),
})
type PersistedSelection = z.infer<typeof persistedSelectionSchema>

interface SelectionState extends PersistedSelection {
  chooseConversation: (conversationId: string | null) => void
  chooseParticipant: (conversationId: string, participantId: string) => void
}

export const useSelectionStore = create<SelectionState>()(
  persist(
    (set) => ({
      conversationId: null,
      participantByConversation: {},
      chooseConversation: (conversationId) => set({ conversationId }),
      chooseParticipant: (conversationId, participantId) =>
        set((state) => ({
          participantByConversation: { ...state.participantByConversation, [conversationId]: participantId },
        })),
    }),
    {
      name: 'pdw.selection',
      version: 1,
      storage: createJSONStorage(() => sessionStore().storage),
      partialize: ({ conversationId, participantByConversation }) => ({
        conversationId,
        participantByConversation,
      }),
      // Whatever is stored is validated; anything unreadable falls back to "nothing chosen" rather than crashing.
      merge: (persisted, current) => {
        const parsed = persistedSelectionSchema.safeParse(persisted)
        return parsed.success ? { ...current, ...parsed.data } : current
      },
      migrate: () => ({ conversationId: null, participantByConversation: {} }),
    },
  ),
)
