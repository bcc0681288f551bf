import { createJSONStorage, persist } from 'zustand/middleware'
import { createStore, type StoreApi } from 'zustand/vanilla'
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

export interface SelectionState extends PersistedSelection {
  chooseConversation: (conversationId: string | null) => void
  chooseParticipant: (conversationId: string, participantId: string) => void
  /** Sign-out: the next user of this tab starts on no conversation (storage too). */
  forgetSelection: () => void
}

export type SelectionStore = StoreApi<SelectionState>

export const selectionStorageName = 'pdw.selection'

const nothingChosen: PersistedSelection = { conversationId: null, participantByConversation: {} }

/**
 * One store per mounted widget (see SelectionProvider), not a page-wide singleton: two widgets on one page each
 * keep their own selection. Frames of one tab share the stored copy, as before, so a reload restores the last
 * choice made in this tab.
 */
export function createSelectionStore(storage: () => Storage = () => sessionStore().storage): SelectionStore {
  return createStore<SelectionState>()(
    persist(
      (set) => ({
        ...nothingChosen,
        chooseConversation: (conversationId) => set({ conversationId }),
        chooseParticipant: (conversationId, participantId) =>
          set((state) => ({
            participantByConversation: {
              ...state.participantByConversation,
              [conversationId]: participantId,
            },
          })),
        forgetSelection: () => set(nothingChosen),
      }),
      {
        name: selectionStorageName,
        version: 1,
        storage: createJSONStorage(storage),
        partialize: ({ conversationId, participantByConversation }) => ({
          conversationId,
          participantByConversation,
        }),
        // Whatever is stored is validated; anything unreadable falls back to "nothing chosen" rather than crashing.
        merge: (persisted, current) => {
          const parsed = persistedSelectionSchema.safeParse(persisted)
          return parsed.success ? { ...current, ...parsed.data } : current
        },
        migrate: () => nothingChosen,
      },
    ),
  )
}
