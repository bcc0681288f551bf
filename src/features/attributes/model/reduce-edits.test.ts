import { describe, expect, it } from 'vitest'
import { createAttributeMap } from '../../../genesys/attribute-map.ts'
import { emptyParticipantEdits, listEdits, readEdit } from './edit-map.ts'
import { reduceEdits } from './reduce-edits.ts'
import type { EditAction, ParticipantEdits } from './staged-edit.ts'

const server = createAttributeMap([
  ['customerId', 'C-1'],
  ['tier', 'gold'],
  ['__proto__', 'p'],
])

function run(actions: EditAction[], state: ParticipantEdits = emptyParticipantEdits): ParticipantEdits {
  return actions.reduce(reduceEdits, state)
}
const stage = (name: string, value: string, at = 1, on = server): EditAction => ({
  type: 'stage',
  name,
  value,
  server: on,
  at,
})

describe('reduceEdits', () => {
  it('remembers the server value an edit was based on, and undefined for a new name', () => {
    const state = run([stage('tier', 'silver'), stage('note', 'vip')])
    expect(readEdit(state.edits, 'tier')).toMatchObject({
      value: 'silver',
      baseValue: 'gold',
      phase: 'staged',
    })
    expect(readEdit(state.edits, 'note')).toMatchObject({ value: 'vip', baseValue: undefined })
  })

  it('lets the last edit of a name win and keeps the original base', () => {
    const moved = createAttributeMap([['tier', 'platinum']])
    const state = run([stage('tier', 'silver'), stage('tier', 'bronze', 2, moved)])
    expect(listEdits(state.edits)).toHaveLength(1)
    expect(readEdit(state.edits, 'tier')).toMatchObject({ value: 'bronze', baseValue: 'gold' })
  })

  it('bases an edit on what the user saw when typing began, so a value that changed meanwhile is a conflict', () => {
    const moved = createAttributeMap([['tier', 'platinum']])
    const state = run([
      { type: 'stage', name: 'tier', value: 'silver', server: moved, at: 1, basedOn: 'gold' },
    ])
    expect(readEdit(state.edits, 'tier')).toMatchObject({ value: 'silver', baseValue: 'gold' })
  })

  it('drops an edit that goes back to the server value', () => {
    const state = run([stage('tier', 'silver'), stage('tier', 'gold')])
    expect(listEdits(state.edits)).toEqual([])
  })

  it('treats __proto__, constructor and toString as ordinary names', () => {
    const state = run([stage('__proto__', 'x'), stage('constructor', 'y'), stage('toString', 'z')])
    expect(readEdit(state.edits, '__proto__')).toMatchObject({ value: 'x', baseValue: 'p' })
    expect(readEdit(state.edits, 'constructor')).toMatchObject({ value: 'y', baseValue: undefined })
    expect(Object.getPrototypeOf(state.edits)).toBeNull()
    expect(
      listEdits(state.edits)
        .map((e) => e.name)
        .sort(),
    ).toEqual(['__proto__', 'constructor', 'toString'])
  })

  it('undoes one edit, discards all, and undo/redo walk the history', () => {
    const staged = run([stage('tier', 'silver'), stage('note', 'vip')])
    expect(readEdit(run([{ type: 'undo-edit', name: 'tier' }], staged).edits, 'tier')).toBeUndefined()
    const discarded = run([{ type: 'discard-all' }], staged)
    expect(listEdits(discarded.edits)).toEqual([])
    const undone = run([{ type: 'undo' }], discarded)
    expect(listEdits(undone.edits)).toHaveLength(2)
    const undoneTwice = run([{ type: 'undo' }], undone)
    expect(listEdits(undoneTwice.edits).map((e) => e.name)).toEqual(['tier'])
    const redone = run([{ type: 'redo' }, { type: 'redo' }], undoneTwice)
    expect(listEdits(redone.edits)).toEqual([])
    expect(run([{ type: 'redo' }], redone)).toBe(redone)
  })

  it('stages a list as one action: one undo step takes all of it back, and redo brings it again', () => {
    const typed = run([stage('note', 'typed first')])
    const bulk: EditAction = {
      type: 'stage-many',
      values: [
        { name: 'tier', value: 'silver' },
        { name: 'customerId', value: 'C-1' }, // the server value already: nothing to stage
        { name: '__proto__', value: 'q' },
        { name: 'tier', value: 'bronze' }, // the last value of a name wins, as when typed
      ],
      server,
      at: 2,
    }
    const staged = run([bulk], typed)
    expect(new Map(listEdits(staged.edits).map((e) => [e.name, e.value]))).toEqual(
      new Map([
        ['note', 'typed first'],
        ['tier', 'bronze'],
        ['__proto__', 'q'],
      ]),
    )
    expect(staged.past).toHaveLength(typed.past.length + 1)
    const undone = run([{ type: 'undo' }], staged)
    expect(undone.edits).toEqual(typed.edits)
    expect(run([{ type: 'redo' }], undone).edits).toEqual(staged.edits)
    // Nothing to stage is no step at all.
    expect(run([{ ...bulk, values: [{ name: 'tier', value: 'gold' }] }], typed)).toBe(typed)
  })

  it('keep mine rebases on the current server value; take theirs drops the edit', () => {
    const moved = createAttributeMap([['tier', 'platinum']])
    const staged = run([stage('tier', 'silver')])
    expect(
      readEdit(run([{ type: 'keep-mine', name: 'tier', server: moved }], staged).edits, 'tier'),
    ).toMatchObject({
      value: 'silver',
      baseValue: 'platinum',
    })
    expect(listEdits(run([{ type: 'take-theirs', name: 'tier' }], staged).edits)).toEqual([])
  })

  it('walks the commit lifecycle and keeps the edit until the server shows it', () => {
    const staged = run([stage('tier', 'silver'), stage('note', 'vip')])
    const saving = run([{ type: 'commit-begin', names: ['tier'] }], staged)
    expect(readEdit(saving.edits, 'tier')?.phase).toBe('saving')
    const early = run([{ type: 'reconcile', server: createAttributeMap([['tier', 'silver']]) }], saving)
    expect(readEdit(early.edits, 'tier')?.phase).toBe('saving')
    expect(saving.past).toEqual([])
    // A name with a write on its way cannot be re-staged, undone or discarded.
    const locked = run(
      [stage('tier', 'bronze'), { type: 'undo-edit', name: 'tier' }, { type: 'discard-all' }],
      saving,
    )
    expect(readEdit(locked.edits, 'tier')).toMatchObject({ value: 'silver', phase: 'saving' })
    expect(readEdit(locked.edits, 'note')).toBeUndefined()
    const confirming = run([{ type: 'commit-accepted', names: ['tier'] }], saving)
    expect(readEdit(confirming.edits, 'tier')?.phase).toBe('confirming')
    const stillOld = run([{ type: 'reconcile', server }], confirming)
    expect(readEdit(stillOld.edits, 'tier')?.phase).toBe('confirming')
    const landed = run([{ type: 'reconcile', server: createAttributeMap([['tier', 'silver']]) }], stillOld)
    expect(readEdit(landed.edits, 'tier')).toBeUndefined()
  })

  it('puts a refused write back to staged, but keeps an unconfirmed one as sent until the user decides', () => {
    const saving = run([stage('tier', 'silver'), { type: 'commit-begin', names: ['tier'] }])
    const failed = run([{ type: 'commit-failed', names: ['tier'], problem: 'rate-limited' }], saving)
    expect(readEdit(failed.edits, 'tier')).toMatchObject({
      phase: 'staged',
      problem: 'rate-limited',
      baseValue: 'gold',
    })
    const retried = run([{ type: 'commit-begin', names: ['tier'] }], failed)
    expect(readEdit(retried.edits, 'tier')?.problem).toBeUndefined()
    const timedOut = run(
      [
        { type: 'commit-accepted', names: ['tier'] },
        { type: 'confirm-timeout', names: ['tier'] },
      ],
      retried,
    )
    // Never back to staged by itself: a second Commit would send it again over whatever landed meanwhile.
    expect(readEdit(timedOut.edits, 'tier')).toMatchObject({ phase: 'confirming', problem: 'unconfirmed' })
    expect(run([{ type: 'commit-begin', names: ['tier'] }], timedOut)).toBe(timedOut)
    const again = run(
      [{ type: 'send-again', name: 'tier', server: createAttributeMap([['tier', 'platinum']]) }],
      timedOut,
    )
    expect(readEdit(again.edits, 'tier')).toMatchObject({
      phase: 'staged',
      baseValue: 'platinum',
      value: 'silver',
    })
    expect(readEdit(again.edits, 'tier')?.problem).toBeUndefined()
  })

  it('keeps a lost answer as sent, and lets the user forget it or stage a new value over it', () => {
    const uncertain = run([
      stage('tier', 'silver'),
      { type: 'commit-begin', names: ['tier'] },
      { type: 'commit-uncertain', names: ['tier'] },
    ])
    expect(readEdit(uncertain.edits, 'tier')).toMatchObject({ phase: 'confirming', problem: 'uncertain' })
    const restaged = run([stage('tier', 'bronze')], uncertain)
    expect(readEdit(restaged.edits, 'tier')).toMatchObject({
      phase: 'staged',
      value: 'bronze',
      baseValue: 'gold',
    })
    expect(readEdit(run([{ type: 'undo-edit', name: 'tier' }], uncertain).edits, 'tier')).toBeUndefined()
  })

  it('reports the value of another writer that our write replaced while it was being applied', () => {
    const confirming = run([
      stage('tier', 'silver'),
      { type: 'commit-begin', names: ['tier'] },
      { type: 'commit-accepted', names: ['tier'] },
      { type: 'reconcile', server: createAttributeMap([['tier', 'platinum']]), at: 5 },
    ])
    expect(readEdit(confirming.edits, 'tier')?.intervening).toEqual({ value: 'platinum' })
    const landed = run(
      [{ type: 'reconcile', server: createAttributeMap([['tier', 'silver']]), at: 9 }],
      confirming,
    )
    expect(readEdit(landed.edits, 'tier')).toBeUndefined()
    expect(landed.replaced).toEqual([{ name: 'tier', replacedValue: 'platinum', ourValue: 'silver', at: 9 }])
    expect(run([{ type: 'dismiss-replaced', name: 'tier' }], landed).replaced).toEqual([])
  })
})
