import { createStore, type StoreApi } from 'zustand/vanilla'
import { sessionStore } from '../../../../lib/session-store.ts'
import { subscribeToStorageEvents } from '../../../../lib/storage-events.ts'
import {
  addAuditEntry,
  auditKeyOf,
  auditKeyPrefix,
  noAuditEntries,
  parseAuditLog,
  type AuditEntry,
} from './audit-log.ts'

export interface AuditLogState {
  /** Each conversation's history, newest first, as it stands in sessionStorage. */
  readonly byConversation: ReadonlyMap<string, readonly AuditEntry[]>
  readonly append: (conversationId: string, entry: AuditEntry) => void
  /** Sign-out: this tab's commit history belongs to the user who signed out (memory and storage). */
  readonly forgetAll: () => void
}

export type AuditLogStore = StoreApi<AuditLogState>

export function selectAuditLog(state: AuditLogState, conversationId: string): readonly AuditEntry[] {
  return state.byConversation.get(conversationId) ?? noAuditEntries
}

export interface AuditLogStoreOptions {
  /** Defaults to sessionStorage (or the frame's in-memory stand-in where the browser refuses it). */
  storage?: () => Storage
  /** Where other frames' writes are heard; defaults to the window's `storage` event. */
  subscribeToOtherFrames?: (onChange: (key: string | null) => void) => () => void
}

function storedConversationIds(storage: Storage): string[] {
  const ids: string[] = []
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index)
    if (key?.startsWith(auditKeyPrefix)) ids.push(key.slice(auditKeyPrefix.length))
  }
  return ids
}

function readAll(storage: Storage): Map<string, readonly AuditEntry[]> {
  const byConversation = new Map<string, readonly AuditEntry[]>()
  for (const id of storedConversationIds(storage)) {
    const entries = parseAuditLog(storage.getItem(auditKeyOf(id)))
    if (entries.length > 0) byConversation.set(id, entries)
  }
  return byConversation
}

/**
 * One store per mounted widget (see AuditLogProvider): a thin shell around audit-log.ts. Frames of one tab share
 * the stored histories, so an append starts from what is stored (another frame may have added to it) and each
 * frame takes in the others' commits as they are stored.
 */
export function createAuditLogStore(options: AuditLogStoreOptions = {}): AuditLogStore {
  const storage = options.storage ?? (() => sessionStore().storage)
  const store = createStore<AuditLogState>()((set, get) => ({
    byConversation: readAll(storage()),
    append: (conversationId, entry) => {
      const stored = parseAuditLog(storage().getItem(auditKeyOf(conversationId)))
      const { entries, text } = addAuditEntry(stored, entry)
      storage().setItem(auditKeyOf(conversationId), text)
      set({ byConversation: new Map(get().byConversation).set(conversationId, entries) })
    },
    forgetAll: () => {
      const ids = new Set([...storedConversationIds(storage()), ...get().byConversation.keys()])
      for (const id of ids) storage().removeItem(auditKeyOf(id))
      set({ byConversation: new Map() })
    },
  }))
  const subscribe = options.subscribeToOtherFrames ?? subscribeToStorageEvents
  subscribe((key) => {
    if (key === null) {
      store.setState({ byConversation: readAll(storage()) })
      return
    }
    if (!key.startsWith(auditKeyPrefix)) return
    const conversationId = key.slice(auditKeyPrefix.length)
    const byConversation = new Map(store.getState().byConversation)
    const entries = parseAuditLog(storage().getItem(key))
    if (entries.length > 0) byConversation.set(conversationId, entries)
    else byConversation.delete(conversationId)
    store.setState({ byConversation })
  })
  return store
}
