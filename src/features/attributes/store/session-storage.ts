import { createEditMap, listEdits, readEdit } from '../model/edit-map.ts'
import type { ParticipantEdits, StagedEdit } from '../model/staged-edit.ts'
import { persistedEditsVersion, readPersistedEntries, type PersistedEntry } from './persisted-edits.ts'

export interface EditsStorage {
  readonly name: string
  /** What a page load starts from: writes that were on their way come back as sent, never as staged. */
  restore(): Map<string, ParticipantEdits>
  /** What is stored right now, phases as written (another frame's live state); undefined if unreadable. */
  readAsStored(): Map<string, ParticipantEdits> | undefined
  /** Applies one participant's change, name by name, onto what is stored (other frames' names are kept). */
  writeChanges(key: string, before: ParticipantEdits, after: ParticipantEdits): void
  clear(): void
}

/**
 * sessionStorage for staged edits, defensive on every side: unreadable JSON reads as "nothing stored", a full or
 * blocked storage keeps the edits in memory (see lib/session-store.ts), and every write is a read-modify-write of
 * the names that changed. Frames of one tab share one event loop, so the read and the write cannot interleave with
 * another frame's.
 */
export function createEditsStorage(backing: () => Storage | undefined, name: string): EditsStorage {
  const readRaw = (): unknown => {
    try {
      const raw = backing()?.getItem(name)
      if (raw === null || raw === undefined) return undefined
      const parsed: unknown = JSON.parse(raw)
      if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) return undefined
      // Only one version exists; anything else is from a future or broken build and is dropped, not guessed at.
      if (!('version' in parsed) || parsed.version !== persistedEditsVersion) return undefined
      return parsed.state
    } catch {
      return undefined
    }
  }
  const write = (entries: Map<string, ParticipantEdits>) => {
    const stored: PersistedEntry[] = [...entries]
      .filter(([, entry]) => listEdits(entry.edits).length > 0 || (entry.replaced ?? []).length > 0)
      .map(([key, entry]) => ({
        key,
        edits: listEdits(entry.edits),
        ...(entry.replaced && entry.replaced.length > 0 ? { replaced: [...entry.replaced] } : {}),
      }))
    try {
      backing()?.setItem(name, JSON.stringify({ version: persistedEditsVersion, state: { entries: stored } }))
    } catch {
      // Storage full or disabled: the edits stay in memory for this page's life, and the older stored copy goes,
      // so a reload cannot bring back a state that is no longer true (a sent write as staged, sent twice).
      try {
        backing()?.removeItem(name)
      } catch {
        // Nothing stored that could mislead.
      }
    }
  }
  return {
    name,
    restore: () => readPersistedEntries(readRaw(), 'restore'),
    readAsStored: () => {
      const raw = readRaw()
      return raw === undefined ? new Map() : readPersistedEntries(raw, 'as-stored')
    },
    writeChanges: (key, before, after) => {
      const stored = readPersistedEntries(readRaw(), 'as-stored')
      const base = stored.get(key)?.edits ?? createEditMap()
      const names = new Set([...Object.keys(before.edits), ...Object.keys(after.edits)])
      const merged: StagedEdit[] = listEdits(base).filter((edit) => !names.has(edit.name))
      for (const editName of names) {
        const edit = readEdit(after.edits, editName)
        if (edit) merged.push(edit)
      }
      stored.set(key, { edits: createEditMap(merged), past: [], future: [], replaced: after.replaced ?? [] })
      write(stored)
    },
    clear: () => {
      try {
        backing()?.removeItem(name)
      } catch {
        // Nothing to clean up if storage is unavailable.
      }
    },
  }
}
