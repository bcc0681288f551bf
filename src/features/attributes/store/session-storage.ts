import { createEditMap, listEdits, readEdit } from '../model/edit-map.ts'
import type { ParticipantEdits, StagedEdit } from '../model/staged-edit.ts'
import {
  holds,
  persistedEditsVersion,
  readPersistedIdentity,
  readPersistedSlots,
  type EditsHolder,
  type PersistedEntry,
  type PersistedSlot,
  type VerifiedIdentity,
} from './persisted-edits.ts'

/**
 * Every read and write is of one holder's edits (decision 0032): `holder()` says whose. Other users' edits stored
 * in this tab are kept as they are and never read out.
 */
export interface EditsStorage {
  readonly name: string
  /** What a page load starts from: writes that were on their way come back as sent, never as staged. */
  restore(): Map<string, ParticipantEdits>
  /** What is stored right now, phases as written (another frame's live state); undefined if unreadable. */
  readAsStored(): Map<string, ParticipantEdits> | undefined
  /** Applies one participant's change, name by name, onto what is stored (other frames' names are kept). */
  writeChanges(key: string, before: ParticipantEdits, after: ParticipantEdits): void
  /** Gives the edits staged under `identity.tokenTag`, owner still unknown, to `identity.userId`, and remembers it. */
  claim(identity: VerifiedIdentity): void
  readIdentity(): VerifiedIdentity | undefined
  /** Forgets the holder's edits and every edit whose owner is unknown; other users' stay for them. */
  clear(): void
}

const unowned: EditsHolder = { owner: undefined, tokenTag: undefined }

/**
 * sessionStorage for staged edits, defensive on every side: unreadable JSON reads as "nothing stored", a full or
 * blocked storage keeps the edits in memory (see lib/session-store.ts), and every write is a read-modify-write of
 * the names that changed. Frames of one tab share one event loop, so the read and the write cannot interleave with
 * another frame's.
 */
export function createEditsStorage(
  backing: () => Storage | undefined,
  name: string,
  holder: () => EditsHolder = () => unowned,
): EditsStorage {
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
  const write = (slots: readonly PersistedSlot[], identity: VerifiedIdentity | undefined) => {
    const stored: PersistedEntry[] = slots
      .filter(({ entry }) => listEdits(entry.edits).length > 0 || (entry.replaced ?? []).length > 0)
      .map(({ key, holder: { owner, tokenTag }, entry }) => ({
        key,
        ...(owner !== undefined ? { owner } : tokenTag !== undefined ? { tokenTag } : {}),
        edits: listEdits(entry.edits),
        ...(entry.replaced && entry.replaced.length > 0 ? { replaced: [...entry.replaced] } : {}),
      }))
    const state = identity ? { entries: stored, identity } : { entries: stored }
    try {
      backing()?.setItem(name, JSON.stringify({ version: persistedEditsVersion, state }))
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
  const held = (slots: readonly PersistedSlot[]) => {
    const current = holder()
    return new Map(slots.filter((slot) => holds(current, slot.holder)).map((slot) => [slot.key, slot.entry]))
  }
  return {
    name,
    restore: () => held(readPersistedSlots(readRaw(), 'restore')),
    readAsStored: () => {
      const raw = readRaw()
      return raw === undefined ? new Map() : held(readPersistedSlots(raw, 'as-stored'))
    },
    writeChanges: (key, before, after) => {
      const raw = readRaw()
      const current = holder()
      const slots = readPersistedSlots(raw, 'as-stored')
      const index = slots.findIndex((slot) => slot.key === key && holds(current, slot.holder))
      const base = index >= 0 ? (slots[index]?.entry.edits ?? createEditMap()) : createEditMap()
      const names = new Set([...Object.keys(before.edits), ...Object.keys(after.edits)])
      const merged: StagedEdit[] = listEdits(base).filter((edit) => !names.has(edit.name))
      for (const editName of names) {
        const edit = readEdit(after.edits, editName)
        if (edit) merged.push(edit)
      }
      const entry = { edits: createEditMap(merged), past: [], future: [], replaced: after.replaced ?? [] }
      const slot = { key, holder: current, entry }
      if (index >= 0) slots[index] = slot
      else slots.push(slot)
      write(slots, readPersistedIdentity(raw))
    },
    claim: (identity) => {
      const raw = readRaw()
      const slots = readPersistedSlots(raw, 'as-stored')
      const pending: EditsHolder = { owner: undefined, tokenTag: identity.tokenTag }
      const owner: EditsHolder = { owner: identity.userId, tokenTag: undefined }
      const result: PersistedSlot[] = slots.filter((slot) => !holds(pending, slot.holder))
      for (const slot of slots.filter((candidate) => holds(pending, candidate.holder))) {
        // Staged before the owner was known; the owner's own edits of the same name are older, so these win.
        const index = result.findIndex((other) => other.key === slot.key && holds(owner, other.holder))
        const kept = index >= 0 ? listEdits(result[index]?.entry.edits ?? createEditMap()) : []
        const names = new Set(Object.keys(slot.entry.edits))
        const merged = [...kept.filter((edit) => !names.has(edit.name)), ...listEdits(slot.entry.edits)]
        const claimed = {
          key: slot.key,
          holder: owner,
          entry: { ...slot.entry, edits: createEditMap(merged) },
        }
        if (index >= 0) result[index] = claimed
        else result.push(claimed)
      }
      write(result, identity)
    },
    readIdentity: () => readPersistedIdentity(readRaw()),
    clear: () => {
      const raw = readRaw()
      const current = holder()
      const kept = readPersistedSlots(raw, 'as-stored').filter(
        (slot) => slot.holder.owner !== undefined && !holds(current, slot.holder),
      )
      try {
        if (kept.length === 0) backing()?.removeItem(name)
        else write(kept, undefined)
      } catch {
        // Nothing to clean up if storage is unavailable.
      }
    },
  }
}
