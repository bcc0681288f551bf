import { describe, expect, it } from 'vitest'
import { createAttributeMap } from '../../../genesys/attribute-map.ts'
import type { EditProblem, ParticipantEdits, StagedEdit } from '../../attributes/model/staged-edit.ts'
import { createEditMap } from '../../attributes/model/edit-map.ts'
import { desktopViewOf, emptyDesktopView, planDesktopNotices, planStopNotice } from './desktop-notices.ts'

const edit = (
  name: string,
  value: string,
  baseValue: string,
  more: Partial<StagedEdit> = {},
): StagedEdit => ({
  name,
  value,
  baseValue,
  stagedAt: 1,
  phase: 'staged',
  ...more,
})
const participant = (...edits: StagedEdit[]): ParticipantEdits => ({
  edits: createEditMap(edits),
  past: [],
  future: [],
})
const server = createAttributeMap([
  ['Tier', 'Gold'],
  ['Intent', 'Billing'],
])

describe('what the desktop is told', () => {
  it('counts every unsaved edit over all conversations for the attention count, and says it when it moves', () => {
    const view = desktopViewOf(
      new Map([
        ['c1/p1', participant(edit('Tier', 'Platinum', 'Gold'))],
        ['c2/p9', participant(edit('Note', 'x', ''), edit('Case', 'C-1', ''))],
      ]),
      () => undefined,
    )
    expect(view.unsaved).toBe(3)
    expect(planDesktopNotices(emptyDesktopView, view)).toEqual([{ type: 'attention', count: 3 }])
    expect(planDesktopNotices(view, view)).toEqual([])
    expect(planDesktopNotices(view, emptyDesktopView)).toEqual([{ type: 'attention', count: 0 }])
  })

  it('toasts once when a flow changes a value the agent has staged, not again while it stays so', () => {
    const edits = new Map([['c1/p1', participant(edit('Intent', 'Cancellation', 'Billing'))]])
    const before = desktopViewOf(edits, () => server)
    const flowWrote = createAttributeMap([
      ['Tier', 'Gold'],
      ['Intent', 'Retention'],
    ])
    const after = desktopViewOf(edits, () => flowWrote)
    expect(planDesktopNotices(before, after)).toEqual([
      { type: 'toast', notice: { kind: 'value-changed-elsewhere', names: ['Intent'] } },
    ])
    expect(
      planDesktopNotices(
        after,
        desktopViewOf(edits, () => flowWrote),
      ),
    ).toEqual([])
  })

  it('does not call it a conflict when the flow wrote what the agent staged, or while the server is unknown', () => {
    const edits = new Map([['c1/p1', participant(edit('Intent', 'Cancellation', 'Billing'))]])
    const same = createAttributeMap([['Intent', 'Cancellation']])
    expect(desktopViewOf(edits, () => same).conflicts.size).toBe(0)
    expect(desktopViewOf(edits, () => undefined).conflicts.size).toBe(0)
  })

  it('toasts a failed commit with the names and the reason, but not a write still being confirmed', () => {
    const failed = (problem: EditProblem) =>
      desktopViewOf(
        new Map([['c1/p1', participant(edit('Tier', 'Platinum', 'Gold', { problem }))]]),
        () => server,
      )
    const staged = failed('rejected')
    expect(planDesktopNotices({ ...staged, failures: new Map() }, staged)).toEqual([
      { type: 'toast', notice: { kind: 'commit-failed', names: ['Tier'], problem: 'rejected' } },
    ])
    const unconfirmed = failed('unconfirmed')
    expect(planDesktopNotices({ ...unconfirmed, failures: new Map() }, unconfirmed)).toEqual([])
  })

  it('keeps a name with a slash whole', () => {
    const view = desktopViewOf(
      new Map([['c1/p1', participant(edit('CRM/Id', 'b', 'a', { problem: 'forbidden' }))]]),
      () => createAttributeMap([['CRM/Id', 'a']]),
    )
    expect(planDesktopNotices({ ...view, failures: new Map() }, view)).toEqual([
      { type: 'toast', notice: { kind: 'commit-failed', names: ['CRM/Id'], problem: 'forbidden' } },
    ])
  })

  it('on the lifecycle stop, toasts only while edits are unsaved', () => {
    expect(planStopNotice(emptyDesktopView)).toEqual([])
    expect(planStopNotice({ ...emptyDesktopView, unsaved: 2 })).toEqual([
      { type: 'toast', notice: { kind: 'unsaved-on-stop', count: 2 } },
    ])
  })
})
