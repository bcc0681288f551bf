import { describe, expect, it } from 'vitest'
import { createAttributeMap } from '../../../genesys/attribute-map.ts'
import { listEdits, readEdit } from '../model/edit-map.ts'
import {
  createStagedEditsStore,
  defaultEditsStorageName,
  selectParticipantEdits,
} from './staged-edits-store.ts'

const server = createAttributeMap([['tier', 'gold']])
const stored = () => JSON.parse(sessionStorage.getItem(defaultEditsStorageName) ?? 'null') as unknown

describe('staged edits store', () => {
  it('persists edits in sessionStorage and restores them in a new store', () => {
    const first = createStagedEditsStore()
    first.getState().dispatch('c1/p1', { type: 'stage', name: '__proto__', value: 'x', server, at: 1 })
    first.getState().dispatch('c1/p1', { type: 'stage', name: 'tier', value: 'silver', server, at: 2 })
    expect(stored()).toMatchObject({ version: 1 })
    const second = createStagedEditsStore()
    const edits = selectParticipantEdits(second.getState(), 'c1/p1').edits
    expect(readEdit(edits, '__proto__')).toMatchObject({ value: 'x', baseValue: undefined })
    expect(readEdit(edits, 'tier')).toMatchObject({ value: 'silver', baseValue: 'gold', phase: 'staged' })
    expect(Object.getPrototypeOf(edits)).toBeNull()
  })

  it('restores a write that was inside its PATCH as sent ("interrupted"), never as staged', () => {
    const first = createStagedEditsStore()
    first.getState().dispatch('c1/p1', { type: 'stage', name: 'tier', value: 'silver', server, at: 2 })
    first.getState().dispatch('c1/p1', { type: 'commit-begin', names: ['tier'] })
    const edit = readEdit(selectParticipantEdits(createStagedEditsStore().getState(), 'c1/p1').edits, 'tier')
    expect(edit).toMatchObject({ phase: 'confirming', problem: 'interrupted', baseValue: 'gold' })
  })

  it('restores an accepted write that Genesys was still applying as accepted: nothing to commit again', () => {
    const first = createStagedEditsStore()
    first.getState().dispatch('c1/p1', { type: 'stage', name: 'tier', value: 'silver', server, at: 2 })
    first.getState().dispatch('c1/p1', { type: 'commit-begin', names: ['tier'] })
    first.getState().dispatch('c1/p1', { type: 'commit-accepted', names: ['tier'] })
    const edit = readEdit(selectParticipantEdits(createStagedEditsStore().getState(), 'c1/p1').edits, 'tier')
    expect(edit).toMatchObject({ phase: 'confirming', value: 'silver' })
    expect(edit?.problem).toBeUndefined()
  })

  it("two frames on one participant keep each other's edits, name by name, and see them as they are staged", () => {
    const listeners: Array<(name: string | null) => void> = []
    const subscribeToOtherFrames = (listener: (name: string | null) => void) => {
      listeners.push(listener)
      return () => undefined
    }
    const frameA = createStagedEditsStore({ subscribeToOtherFrames })
    const frameB = createStagedEditsStore({ subscribeToOtherFrames })
    const tell = (except: number) =>
      listeners.forEach((listener, index) =>
        index === except ? undefined : listener(defaultEditsStorageName),
      )
    frameA.getState().dispatch('c1/p1', { type: 'stage', name: 'tier', value: 'silver', server, at: 1 })
    tell(0)
    frameB.getState().dispatch('c1/p1', { type: 'stage', name: 'note', value: 'from B', server, at: 2 })
    tell(1)
    const namesIn = (store: typeof frameA) =>
      listEdits(selectParticipantEdits(store.getState(), 'c1/p1').edits)
        .map((e) => e.name)
        .sort()
    expect(namesIn(frameA)).toEqual(['note', 'tier'])
    expect(namesIn(frameB)).toEqual(['note', 'tier'])
    expect(namesIn(createStagedEditsStore())).toEqual(['note', 'tier'])
    frameB.getState().dispatch('c1/p1', { type: 'undo-edit', name: 'note' })
    tell(1)
    expect(namesIn(frameA)).toEqual(['tier'])
    expect(namesIn(createStagedEditsStore())).toEqual(['tier'])
  })

  it('survives corrupt storage without crashing', () => {
    sessionStorage.setItem(defaultEditsStorageName, '{not json')
    const store = createStagedEditsStore()
    expect(store.getState().byKey.size).toBe(0)
    store.getState().dispatch('c1/p1', { type: 'stage', name: 'tier', value: 'x', server, at: 1 })
    expect(stored()).toMatchObject({ state: { entries: [{ key: 'c1/p1' }] } })
  })

  it('drops only the broken entries and edits, keeping the others', () => {
    const good = { name: 'tier', value: 'silver', baseValue: 'gold', stagedAt: 1, phase: 'staged' }
    sessionStorage.setItem(
      defaultEditsStorageName,
      JSON.stringify({
        version: 1,
        state: {
          entries: [
            { key: 'c1/p1', edits: [good, { name: 'bad', value: 42 }] },
            { key: 'broken' },
            'nonsense',
            { key: 'c2/p1', edits: [{ ...good, value: 'bronze' }] },
          ],
        },
      }),
    )
    const state = createStagedEditsStore().getState()
    expect(listEdits(selectParticipantEdits(state, 'c1/p1').edits).map((e) => e.name)).toEqual(['tier'])
    expect(readEdit(selectParticipantEdits(state, 'c2/p1').edits, 'tier')?.value).toBe('bronze')
  })

  it('drops an unknown stored version instead of guessing', () => {
    const edit = { name: 'tier', value: 'silver', stagedAt: 1, phase: 'staged' }
    sessionStorage.setItem(
      defaultEditsStorageName,
      JSON.stringify({ version: 7, state: { entries: [{ key: 'c1/p1', edits: [edit] }] } }),
    )
    expect(createStagedEditsStore().getState().byKey.size).toBe(0)
  })

  it("keeps another widget instance's entries when writing its own", () => {
    const ours = createStagedEditsStore()
    const theirs = createStagedEditsStore()
    theirs.getState().dispatch('c2/p1', { type: 'stage', name: 'tier', value: 'theirs', server, at: 1 })
    ours.getState().dispatch('c1/p1', { type: 'stage', name: 'tier', value: 'ours', server, at: 2 })
    ours.getState().dispatch('c1/p1', { type: 'stage', name: 'tier', value: 'ours2', server, at: 3 })
    const keys = (stored() as { state: { entries: { key: string }[] } }).state.entries
      .map((e) => e.key)
      .sort()
    expect(keys).toEqual(['c1/p1', 'c2/p1'])
    ours.getState().dispatch('c1/p1', { type: 'discard-all' })
    const after = createStagedEditsStore().getState()
    expect(after.byKey.has('c1/p1')).toBe(false)
    expect(readEdit(selectParticipantEdits(after, 'c2/p1').edits, 'tier')?.value).toBe('theirs')
  })
})
