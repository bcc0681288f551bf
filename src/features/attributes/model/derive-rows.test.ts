import { describe, expect, it } from 'vitest'
import { createAttributeMap } from '../../../genesys/attribute-map.ts'
import { buildPatch } from './build-patch.ts'
import { detectConflicts } from './detect-conflicts.ts'
import { observeServerAttributes, pendingWrites } from './detect-live-changes.ts'
import { deriveRows, filterRows, sortRows } from './derive-rows.ts'
import { emptyParticipantEdits } from './edit-map.ts'
import { reduceEdits } from './reduce-edits.ts'
import type { EditAction } from './staged-edit.ts'

const server = createAttributeMap([
  ['customerId', 'C-1'],
  ['tier', 'gold'],
  ['note', 'hello'],
  ['constructor', 'c'],
])
const stage = (name: string, value: string): EditAction => ({ type: 'stage', name, value, server, at: 1 })
const edits = [
  stage('tier', 'silver'),
  stage('note', ''),
  stage('intent', 'billing'),
  stage('customerId', 'C-2'),
].reduce(reduceEdits, emptyParticipantEdits).edits
const flowWrote = createAttributeMap([
  ...Object.entries({ ...server }),
  ['customerId', 'C-9'],
  ['extra', 'x'],
])

describe('deriveRows', () => {
  it('shows staged values before server values and says what each row is', () => {
    const rows = deriveRows(server, edits)
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]))
    expect(byName.tier).toMatchObject({ serverValue: 'gold', displayedValue: 'silver', status: 'changed' })
    expect(byName.note).toMatchObject({ displayedValue: '', status: 'cleared' })
    expect(byName.intent).toMatchObject({
      serverValue: undefined,
      displayedValue: 'billing',
      status: 'added',
    })
    expect(rows.find((r) => r.name === 'constructor')).toMatchObject({
      status: 'unchanged',
      displayedValue: 'c',
    })
    expect(rows.map((r) => r.name)).toEqual(['customerId', 'tier', 'note', 'constructor', 'intent'])
  })

  it('marks a conflict when the server moved away from the base to a third value', () => {
    expect(detectConflicts(edits, flowWrote)).toEqual(['customerId'])
    expect(deriveRows(flowWrote, edits).find((r) => r.name === 'customerId')?.status).toBe('conflict')
    const sameAsMine = createAttributeMap([...Object.entries({ ...server }), ['customerId', 'C-2']])
    expect(detectConflicts(edits, sameAsMine)).toEqual([])
  })

  it('filters by name or value and sorts by name both ways', () => {
    const rows = deriveRows(server, edits)
    expect(filterRows(rows, 'BILL').map((r) => r.name)).toEqual(['intent'])
    expect(filterRows(rows, 'tie').map((r) => r.name)).toEqual(['tier'])
    expect(sortRows(rows, 'ascending').map((r) => r.name)).toEqual([
      'constructor',
      'customerId',
      'intent',
      'note',
      'tier',
    ])
    expect(sortRows(rows, 'descending').map((r) => r.name)[0]).toBe('tier')
  })
})

describe('buildPatch', () => {
  it('carries only changed, non-conflicting names, never the whole map', () => {
    expect({ ...buildPatch(edits, server) }).toEqual({
      tier: 'silver',
      note: '',
      intent: 'billing',
      customerId: 'C-2',
    })
    expect({ ...buildPatch(edits, flowWrote) }).toEqual({ tier: 'silver', note: '', intent: 'billing' })
    expect(Object.getPrototypeOf(buildPatch(edits, server))).toBeNull()
  })
})

describe('observeServerAttributes', () => {
  it('reports changes made elsewhere and ignores the echo of our own write', () => {
    const saving = reduceEdits(
      { edits, past: [], future: [] },
      { type: 'commit-begin', names: ['tier'] },
    ).edits
    const next = createAttributeMap([
      ...Object.entries({ ...server }),
      ['tier', 'silver'],
      ['customerId', 'C-9'],
    ])
    expect(observeServerAttributes(server, next, pendingWrites(saving), 5)).toEqual([
      { name: 'customerId', oldValue: 'C-1', newValue: 'C-9', at: 5 },
    ])
  })
})
