import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { readPersistedEntries, type PersistedEdits } from './persisted-edits.ts'

/**
 * sessionStorage behind zustand's persist, defensive on every side: unreadable JSON reads as "nothing stored",
 * a full or blocked storage keeps the edits in memory, and a write keeps other widget instances' entries (several
 * Interaction Widget iframes of one tab share one sessionStorage).
 */
export function createEditsStorage(backing: () => Storage | undefined): PersistStorage<PersistedEdits> {
  const read = (name: string): StorageValue<PersistedEdits> | null => {
    try {
      const raw = backing()?.getItem(name)
      if (raw === null || raw === undefined) return null
      const parsed: unknown = JSON.parse(raw)
      if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) return null
      const version = 'version' in parsed && typeof parsed.version === 'number' ? parsed.version : undefined
      return { state: parsed.state as PersistedEdits, ...(version === undefined ? {} : { version }) }
    } catch {
      return null
    }
  }
  return {
    getItem: read,
    setItem: (name, value) => {
      const ours = new Set(value.state.entries.map((entry) => entry.key))
      const theirs = [...readPersistedEntries(read(name)?.state)]
        .filter(([key]) => !ours.has(key))
        .map(([key, edits]) => ({ key, edits: Object.values(edits.edits) }))
      const entries = [...theirs, ...value.state.entries.filter((entry) => entry.edits.length > 0)]
      try {
        backing()?.setItem(name, JSON.stringify({ ...value, state: { entries } }))
      } catch {
        // Quota exceeded or storage disabled: the edits stay in memory for this page's life.
      }
    },
    removeItem: (name) => {
      try {
        backing()?.removeItem(name)
      } catch {
        // Nothing to clean up if storage is unavailable.
      }
    },
  }
}
