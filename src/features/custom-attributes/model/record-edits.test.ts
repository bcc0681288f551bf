import { describe, expect, it } from 'vitest'
import { createValueMap } from '../../../genesys/custom-attributes-schemas.ts'
import {
  conflictsOf,
  editsOf,
  landedSending,
  patchValues,
  reduceRecordEdits,
  type RecordEditsState,
} from './record-edits.ts'

const key = 'c1/r1'
const server = createValueMap([
  ['amount', 129.9],
  ['reason', 'wrong-amount'],
  ['callback', false],
])
const empty: RecordEditsState = Object.create(null) as RecordEditsState
const stage = (
  state: RecordEditsState,
  field: string,
  value: string | number | boolean | null,
  version = 1,
) => reduceRecordEdits(state, { type: 'stage', key, field, value, server, version, at: 1 })

describe('reduceRecordEdits', () => {
  it('stages a bulk list in one action, leaving out values that equal the server', () => {
    const state = reduceRecordEdits(empty, {
      type: 'stage-many',
      key,
      values: [
        ['amount', 64.95],
        ['reason', 'wrong-amount'],
        ['callback', true],
      ],
      server,
      version: 3,
      at: 1,
    })
    expect(editsOf(state, key).map((e) => [e.field, e.value, e.baseValue])).toEqual([
      ['amount', 64.95, 129.9],
      ['callback', true, false],
    ])
    expect(state[key]?.baseVersion).toBe(3)
  })

  it('stages typed values on the version read, and drops one set back to the server value', () => {
    let state = stage(empty, 'amount', 64.95)
    state = stage(state, 'callback', true, 2)
    expect(state[key]?.baseVersion).toBe(1)
    expect(patchValues(state[key]!, server)).toEqual({ amount: 64.95, callback: true })
    state = stage(state, 'amount', 129.9)
    expect(editsOf(state, key).map((e) => e.field)).toEqual(['callback'])
    state = reduceRecordEdits(state, { type: 'unstage', key, field: 'callback' })
    expect(Object.keys(state)).toEqual([])
  })

  it('keeps the first base value when a field is edited twice', () => {
    const state = stage(stage(empty, 'reason', 'fraud'), 'reason', 'duplicate-charge')
    expect(state[key]?.edits.reason).toMatchObject({ value: 'duplicate-charge', baseValue: 'wrong-amount' })
  })

  it('finds a conflict when someone else wrote a staged field, and resolves it either way', () => {
    const state = stage(stage(empty, 'reason', 'duplicate-charge'), 'amount', 64.95)
    const theirs = createValueMap([...Object.entries(server), ['reason', 'fraud']])
    expect(conflictsOf(state[key], theirs)).toEqual([
      { field: 'reason', mine: 'duplicate-charge', theirs: 'fraud', base: 'wrong-amount' },
    ])
    const kept = reduceRecordEdits(state, { type: 'keep-mine', key, field: 'reason', server: theirs })
    expect(conflictsOf(kept[key], theirs)).toEqual([])
    expect(kept[key]?.edits.reason?.value).toBe('duplicate-charge')
    const taken = reduceRecordEdits(state, { type: 'take-theirs', key, field: 'reason' })
    expect(editsOf(taken, key).map((e) => e.field)).toEqual(['amount'])
  })

  it('is no conflict when the other writer wrote the same value', () => {
    const state = stage(empty, 'reason', 'fraud')
    expect(conflictsOf(state[key], createValueMap([['reason', 'fraud']]))).toEqual([])
  })

  it('rebases onto a newer version and drops what a commit carried (unless edited again)', () => {
    let state = stage(stage(empty, 'amount', 1), 'callback', true)
    state = reduceRecordEdits(state, { type: 'rebase', key, version: 4 })
    expect(state[key]?.baseVersion).toBe(4)
    state = stage(state, 'amount', 2)
    state = reduceRecordEdits(state, { type: 'committed', key, sent: { amount: 1, callback: true } })
    expect(editsOf(state, key).map((e) => [e.field, e.value])).toEqual([['amount', 2]])
  })

  it('treats a field called __proto__ as an ordinary field', () => {
    const state = stage(empty, '__proto__', 'x')
    expect(Object.keys(patchValues(state[key]!, server))).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('settles on a fresh read what the server already holds, and leaves a PATCH out of such fields', () => {
    const state = stage(stage(empty, 'reason', 'fraud'), 'amount', 1)
    const theirs = createValueMap([...Object.entries(server), ['reason', 'fraud']])
    expect(patchValues(state[key]!, theirs)).toEqual({ amount: 1 })
    const settled = reduceRecordEdits(state, { type: 'settle', key, server: theirs })
    expect(editsOf(settled, key).map((e) => e.field)).toEqual(['amount'])
    expect(reduceRecordEdits(settled, { type: 'settle', key, server: theirs })).toBe(settled)
  })

  it('settles a PATCH still marked as on its way once a read shows every value it carried', () => {
    let state = stage(stage(empty, 'reason', 'fraud'), 'amount', 1)
    state = reduceRecordEdits(state, { type: 'sending', key, version: 1, sent: { reason: 'fraud' } })
    expect(landedSending(state[key], server)).toEqual([])
    expect(reduceRecordEdits(state, { type: 'settle', key, server })[key]?.sending).toBeDefined()
    const landed = createValueMap([...Object.entries(server), ['reason', 'fraud']])
    expect(landedSending(state[key], landed)).toEqual(['reason'])
    const settled = reduceRecordEdits(state, { type: 'settle', key, server: landed })
    expect(settled[key]?.sending).toBeUndefined()
    expect(editsOf(settled, key).map((e) => e.field)).toEqual(['amount'])
    state = reduceRecordEdits(state, { type: 'send-ended', key })
    expect(state[key]?.sending).toBeUndefined()
  })
})
