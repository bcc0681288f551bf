import { createStore, type StoreApi } from 'zustand/vanilla'
import { emptyParticipantEdits, listEdits } from '../model/edit-map.ts'
import { reduceEdits } from '../model/reduce-edits.ts'
import type { EditAction, ParticipantEdits } from '../model/staged-edit.ts'
import { sessionStore } from '../../../lib/session-store.ts'
import { subscribeToStorageEvents } from '../../../lib/storage-events.ts'
import type { EditsHolder } from './persisted-edits.ts'
import { createEditsStorage, type EditsStorage } from './session-storage.ts'

export interface StagedEditsState {
  /** The signed-in user's edits per `${conversationId}/${participantId}`; never another user's (decision 0032). */
  readonly byKey: ReadonlyMap<string, ParticipantEdits>
  /** The Genesys user id these edits belong to; undefined until `users/me` has answered for the current token. */
  readonly owner: string | undefined
  /** The current token (its `obtainedAt`): edits staged before the owner is known wait for its `users/me`. */
  readonly tokenTag: number | undefined
  readonly dispatch: (key: string, action: EditAction) => void
  /** A new token: until `users/me` answers for it, nobody's edits are shown but those staged under it. */
  readonly tokenChanged: (tokenTag: number | undefined) => void
  /** `users/me` answered `userId` for the token `tokenTag`: their edits are shown, and the ownerless ones are theirs. */
  readonly identify: (userId: string, tokenTag: number) => void
  /** Forget the signed-in user's staged edits (sign-out): memory and storage, every frame. */
  readonly clearAll: () => void
}

export type StagedEditsStore = StoreApi<StagedEditsState>

export const defaultEditsStorageName = 'participant-data-widget:staged-edits'

export function participantEditsKey(conversationId: string, participantId: string): string {
  return `${conversationId}/${participantId}`
}

export function selectParticipantEdits(state: StagedEditsState, key: string): ParticipantEdits {
  return state.byKey.get(key) ?? emptyParticipantEdits
}

export interface StagedEditsStoreOptions {
  storageName?: string
  /** Defaults to sessionStorage: a reload or a sign-in redirect keeps the edits, closing the tab ends them. */
  storage?: () => Storage | undefined
  /** Where other frames' writes are heard; defaults to the window's `storage` event. */
  subscribeToOtherFrames?: (onChange: (storageName: string | null) => void) => () => void
  /** The token the page starts with (`obtainedAt`); its owner is known at once if a `users/me` named it before. */
  tokenTag?: number | undefined
}

/** sessionStorage, or the frame's in-memory stand-in where the browser refuses storage to a cross-site frame. */
const defaultStorage = (): Storage | undefined => sessionStore().storage

/**
 * One store per mounted widget (see StagedEditsProvider): a thin shell around the pure reducer. Each change is
 * written to storage as per-name changes merged into what is stored, never as this frame's whole copy: two frames
 * on one conversation keep each other's edits, and each frame takes in what the others stage as they stage it.
 */
export function createStagedEditsStore(options: StagedEditsStoreOptions = {}): StagedEditsStore {
  let holder: EditsHolder = { owner: undefined, tokenTag: options.tokenTag }
  const storage: EditsStorage = createEditsStorage(
    options.storage ?? defaultStorage,
    options.storageName ?? defaultEditsStorageName,
    () => holder,
  )
  const knownOwner = (tokenTag: number | undefined) => {
    const identity = storage.readIdentity()
    return tokenTag !== undefined && identity?.tokenTag === tokenTag ? identity.userId : undefined
  }
  holder = { owner: knownOwner(options.tokenTag), tokenTag: options.tokenTag }
  const store = createStore<StagedEditsState>()((set, get) => ({
    byKey: storage.restore(),
    owner: holder.owner,
    tokenTag: holder.tokenTag,
    dispatch: (key, action) => {
      const state = get()
      const before = selectParticipantEdits(state, key)
      const after = reduceEdits(before, action)
      if (after === before) return
      storage.writeChanges(key, before, after)
      set({ byKey: new Map(state.byKey).set(key, after) })
    },
    tokenChanged: (tokenTag) => {
      if (tokenTag === undefined || tokenTag === holder.tokenTag) return
      holder = { owner: knownOwner(tokenTag), tokenTag }
      set({ owner: holder.owner, tokenTag, byKey: storage.readAsStored() ?? new Map() })
    },
    identify: (userId, tokenTag) => {
      // An answer for an older token says nothing about who holds the current one.
      if (tokenTag !== holder.tokenTag) return
      if (holder.owner === userId) return
      storage.claim({ userId, tokenTag })
      holder = { owner: userId, tokenTag }
      set({ owner: userId, byKey: storage.readAsStored() ?? new Map() })
    },
    clearAll: () => {
      storage.clear()
      set({ byKey: new Map() })
    },
  }))
  const subscribe = options.subscribeToOtherFrames ?? subscribeToStorageEvents
  subscribe((storageName) => {
    if (storageName !== null && storageName !== storage.name) return
    // Another frame learned who holds the token this frame holds too.
    const owner = holder.owner ?? knownOwner(holder.tokenTag)
    if (owner !== holder.owner) {
      holder = { ...holder, owner }
      store.setState({ owner, byKey: storage.readAsStored() ?? new Map() })
      return
    }
    const stored = storage.readAsStored()
    if (!stored) return
    const current = store.getState().byKey
    const byKey = new Map<string, ParticipantEdits>()
    let changed = false
    for (const [key, entry] of stored) {
      const known = current.get(key)
      if (known && sameEdits(known, entry)) byKey.set(key, known)
      else {
        // Another frame changed this participant: its edits are taken as they are; our undo history for it no
        // longer describes what is staged, so it starts again.
        byKey.set(key, { ...entry, past: [], future: [] })
        changed = true
      }
    }
    if (changed || byKey.size !== current.size) store.setState({ byKey })
  })
  return store
}

function sameEdits(a: ParticipantEdits, b: ParticipantEdits): boolean {
  const left = listEdits(a.edits)
  const right = listEdits(b.edits)
  return (
    left.length === right.length &&
    left.every((edit) => JSON.stringify(edit) === JSON.stringify(b.edits[edit.name])) &&
    JSON.stringify(a.replaced ?? []) === JSON.stringify(b.replaced ?? [])
  )
}
