import { createStore, type StoreApi } from 'zustand/vanilla'
import { reduceRecordEdits, type RecordEditAction, type RecordEditsState } from '../model/record-edits.ts'
import {
  persistedRecordEditsVersion,
  readPersistedRecordEdits,
  recordEditsStorageKey,
  toPersisted,
} from './persisted-record-edits.ts'

export interface RecordEditsStore {
  edits: RecordEditsState
  dispatch: (action: RecordEditAction) => void
}

/** `storage` is called inside the try: in a cross-site frame with storage blocked, merely touching it throws. */
function read(storage: () => Storage | undefined): RecordEditsState {
  try {
    const raw = storage()?.getItem(recordEditsStorageKey)
    if (!raw) return readPersistedRecordEdits(undefined)
    const parsed: unknown = JSON.parse(raw)
    const envelope =
      typeof parsed === 'object' && parsed !== null && 'version' in parsed && 'state' in parsed
        ? parsed
        : undefined
    return envelope?.version === persistedRecordEditsVersion
      ? readPersistedRecordEdits(envelope.state)
      : readPersistedRecordEdits(undefined)
  } catch {
    return readPersistedRecordEdits(undefined)
  }
}

/**
 * One store per mounted section, kept in sessionStorage so staged edits survive reloads and sign-in redirects.
 * Several widget frames of a tab share that storage: a write keeps the entries this store never touched.
 */
export function createRecordEditsStore(
  storage: () => Storage | undefined = () => globalThis.sessionStorage,
): StoreApi<RecordEditsStore> {
  const touched = new Set<string>()
  const write = (state: RecordEditsState) => {
    try {
      const theirs = read(storage)
      const merged = Object.create(null) as Record<string, RecordEditsState[string]>
      for (const key of Object.keys(theirs)) if (!touched.has(key)) merged[key] = theirs[key] as never
      for (const key of Object.keys(state)) merged[key] = state[key] as never
      storage()?.setItem(
        recordEditsStorageKey,
        JSON.stringify({ version: persistedRecordEditsVersion, state: toPersisted(merged) }),
      )
    } catch {
      // Storage full or blocked: the edits stay in memory for this page's life.
    }
  }
  return createStore<RecordEditsStore>()((set, get) => ({
    edits: read(storage),
    dispatch: (action) => {
      const next = reduceRecordEdits(get().edits, action)
      if (next === get().edits) return
      touched.add(action.key)
      set({ edits: next })
      write(next)
    },
  }))
}
