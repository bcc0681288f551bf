import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAttributeMap, readAttribute, type AttributeMap } from '../../../genesys/attribute-map.ts'
import { emptyParticipantEdits, listEdits } from './edit-map.ts'
import { planCommit } from './plan-commit.ts'
import { reduceEdits } from './reduce-edits.ts'
import type { EditAction, EditProblem, ParticipantEdits } from './staged-edit.ts'

/*
 * Issue 5, point 2: random interleavings of agent edits, commits, flow writes, socket events and failures against
 * a model of Genesys (merge-PATCH, asynchronous apply, no concurrency control). The client side is the real pure
 * core, driven the way the commit mutation drives it.
 */
const names = ['tier', 'note', '__proto__', 'constructor'] as const
const values = ['', 'gold', 'silver', '<img src=x onerror=alert(1)>'] as const
const name = fc.constantFrom(...names)
const value = fc.constantFrom(...values)
type Outcome =
  'accepted' | 'applied-at-once' | 'rejected' | 'rate-limited' | 'uncertain-applied' | 'uncertain-lost'

const step = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('stage' as const), name, value }) },
  // The agent began typing before the last live update arrived: the edit is based on what they saw then.
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('stage-typed-before-update' as const), name, value }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo-edit' as const), name }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { kind: 'discard-all' as const },
      { kind: 'undo' as const },
      { kind: 'redo' as const },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom('keep-mine' as const, 'take-theirs' as const), name }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('flow-write' as const), name, value }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('commit' as const),
      outcome: fc.constantFrom<Outcome>(
        'accepted',
        'applied-at-once',
        'rejected',
        'rate-limited',
        'uncertain-applied',
        'uncertain-lost',
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom({ kind: 'apply-pending' as const }, { kind: 'confirm-poll' as const }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { kind: 'confirm-give-up' as const },
      { kind: 'socket-down' as const },
      { kind: 'socket-up' as const },
    ),
  },
)
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never

const userSteps = new Set([
  'stage',
  'stage-typed-before-update',
  'undo-edit',
  'discard-all',
  'undo',
  'redo',
  'keep-mine',
  'take-theirs',
])

class World {
  server = createAttributeMap([
    ['tier', 'gold'],
    ['note', 'hello'],
  ])
  /** Every value the server ever held per name, with when, to check that dropped edits had been confirmed. */
  history: Array<{ name: string; value: string; seq: number }> = []
  lastFlowValue = createAttributeMap(Object.entries({ ...this.server }))
  everIntended = new Set<string>()
  pending: AttributeMap[] = []
  view: AttributeMap = createAttributeMap(Object.entries({ ...this.server }))
  previousView: AttributeMap = this.view
  live = true
  client: ParticipantEdits = emptyParticipantEdits
  intents = new Map<string, { value: string; since: number }>()
  /**
   * The server value the agent saw or explicitly accepted for each staged name, tracked by the model itself: a
   * write may only go out while the server still holds it.
   */
  acknowledged = new Map<string, string | undefined>()
  seq = 0
  sent = 0

  dispatch(action: EditAction): void {
    this.client = reduceEdits(this.client, action)
  }
  writeServer(patch: AttributeMap): void {
    for (const key of Object.keys(patch)) {
      this.server[key] = patch[key] as string
      this.history.push({ name: key, value: patch[key] as string, seq: this.seq })
    }
    if (this.live) this.refetch()
  }
  refetch(): void {
    this.previousView = this.view
    this.view = createAttributeMap(Object.entries({ ...this.server }))
    this.dispatch({ type: 'reconcile', server: this.view })
  }
  commit(outcome: Outcome): void {
    if (listEdits(this.client.edits).some((e) => e.phase === 'saving')) return
    if (!this.live) this.refetch() // socket not live: one GET before deciding what is safe to send
    this.dispatch({ type: 'reconcile', server: this.view })
    const plan = planCommit(this.client.edits, this.view)
    if (plan.names.length === 0) return
    for (const sentName of plan.names) {
      const edit = this.client.edits[sentName]
      // Never overwrite a value the user has not seen: the server still holds what the edit was based on.
      expect(readAttribute(this.server, sentName)).toBe(edit?.baseValue)
      expect(readAttribute(this.server, sentName)).toBe(this.acknowledged.get(sentName))
      expect(this.intents.get(sentName)?.value).toBe(readAttribute(plan.patch, sentName))
    }
    this.sent += 1
    this.dispatch({ type: 'commit-begin', names: plan.names })
    if (outcome === 'accepted' || outcome === 'applied-at-once') {
      this.dispatch({ type: 'commit-accepted', names: plan.names })
      if (outcome === 'accepted') this.pending.push(plan.patch)
      else this.writeServer(plan.patch)
      return
    }
    if (outcome === 'rejected' || outcome === 'rate-limited') {
      this.dispatch({ type: 'commit-failed', names: plan.names, problem: outcome as EditProblem })
      return
    }
    if (outcome === 'uncertain-applied') this.writeServer(plan.patch)
    // "May or may not have been saved": compare with the server before anything is offered again.
    this.dispatch({ type: 'commit-failed', names: plan.names, problem: 'uncertain' })
    this.refetch()
  }
  run(s: Step): void {
    this.seq += 1
    const before = this.client.edits
    this.noteWhatTheAgentSaw(s)
    switch (s.kind) {
      case 'stage':
        this.dispatch({ type: 'stage', name: s.name, value: s.value, server: this.view, at: this.seq })
        break
      case 'stage-typed-before-update': {
        const sawThen = readAttribute(this.previousView, s.name)
        if (sawThen === undefined) break // the row was not on screen yet
        this.dispatch({
          type: 'stage',
          name: s.name,
          value: s.value,
          server: this.view,
          at: this.seq,
          basedOn: sawThen,
        })
        break
      }
      case 'undo-edit':
      case 'take-theirs':
        this.dispatch({ type: s.kind, name: s.name })
        break
      case 'discard-all':
      case 'undo':
      case 'redo':
        this.dispatch({ type: s.kind })
        break
      case 'keep-mine':
        this.dispatch({ type: 'keep-mine', name: s.name, server: this.view })
        break
      case 'flow-write':
        this.lastFlowValue[s.name] = s.value
        this.writeServer(createAttributeMap([[s.name, s.value]]))
        break
      case 'commit':
        this.commit(s.outcome)
        break
      case 'apply-pending': {
        const patch = this.pending.shift()
        if (patch) this.writeServer(patch)
        break
      }
      case 'confirm-poll':
        this.refetch()
        break
      case 'confirm-give-up': {
        const confirming = listEdits(this.client.edits).filter((e) => e.phase === 'confirming')
        this.dispatch({ type: 'confirm-timeout', names: confirming.map((e) => e.name) })
        break
      }
      case 'socket-down':
        this.live = false
        break
      case 'socket-up':
        this.live = true
        this.refetch()
        break
    }
    this.checkNothingLost(before, userSteps.has(s.kind))
  }
  noteWhatTheAgentSaw(s: Step): void {
    if (s.kind !== 'stage' && s.kind !== 'stage-typed-before-update' && s.kind !== 'keep-mine') return
    const existing = this.client.edits[s.name]
    if (existing && existing.phase !== 'staged') return
    if (s.kind === 'keep-mine') {
      if (existing) this.acknowledged.set(s.name, readAttribute(this.view, s.name))
      return
    }
    if (existing) return
    const saw =
      s.kind === 'stage' ? readAttribute(this.view, s.name) : readAttribute(this.previousView, s.name)
    if (s.kind === 'stage' || saw !== undefined) this.acknowledged.set(s.name, saw)
  }
  /** A staged edit only disappears by the user's hand or once the server has held its value. */
  checkNothingLost(before: ParticipantEdits['edits'], byUser: boolean): void {
    for (const edit of listEdits(before)) {
      const now = this.client.edits[edit.name]
      if (now && now.value === edit.value) continue
      if (byUser) continue
      const intent = this.intents.get(edit.name)
      const held =
        readAttribute(this.server, edit.name) === edit.value ||
        this.history.some(
          (h) => h.name === edit.name && h.value === edit.value && h.seq >= (intent?.since ?? 0),
        )
      expect(held, `edit of ${edit.name} dropped before the server held ${JSON.stringify(edit.value)}`).toBe(
        true,
      )
    }
    const next = new Map<string, { value: string; since: number }>()
    for (const name of [...this.acknowledged.keys()])
      if (!this.client.edits[name]) this.acknowledged.delete(name)
    for (const edit of listEdits(this.client.edits)) {
      // Undo and redo bring back an earlier edit together with what the agent had seen when making it.
      if (!this.acknowledged.has(edit.name)) this.acknowledged.set(edit.name, edit.baseValue)
      const known = this.intents.get(edit.name)
      next.set(
        edit.name,
        known && known.value === edit.value ? known : { value: edit.value, since: this.seq },
      )
      this.everIntended.add(edit.name)
    }
    this.intents = next
  }
  /** Let every write land and the user keep theirs on every conflict; then compare with the expected merge. */
  settle(): void {
    this.live = true
    for (
      let round = 0;
      round < 10 && (this.pending.length > 0 || listEdits(this.client.edits).length > 0);
      round += 1
    ) {
      this.run({ kind: 'socket-up' })
      while (this.pending.length > 0) this.run({ kind: 'apply-pending' })
      this.run({ kind: 'confirm-give-up' })
      for (const edit of listEdits(this.client.edits))
        this.run({ kind: 'keep-mine', name: edit.name as (typeof names)[number] })
      const wanted = new Map(this.intents)
      this.run({ kind: 'commit', outcome: 'applied-at-once' })
      for (const [key, intent] of wanted) expect(readAttribute(this.server, key)).toBe(intent.value)
    }
    expect(listEdits(this.client.edits)).toEqual([])
    for (const key of names) {
      // Names the agent never touched hold exactly what the flows wrote: no whole-map write clobbered them.
      if (!this.everIntended.has(key))
        expect(readAttribute(this.server, key)).toBe(readAttribute(this.lastFlowValue, key))
    }
  }
}

describe('concurrency model (fast-check)', () => {
  it('never loses a staged edit, never overwrites a change made elsewhere without a choice, and settles to the merge', ({
    task,
  }) => {
    const started = performance.now()
    let interleavings = 0
    let commitsSent = 0
    let stepsRun = 0
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        const world = new World()
        for (const s of steps) world.run(s)
        world.settle()
        interleavings += 1
        commitsSent += world.sent
        stepsRun += steps.length
      }),
      { numRuns: 5000 },
    )
    const seconds = (performance.now() - started) / 1000
    console.info(
      `concurrency model: ${interleavings} interleavings, ${commitsSent} commits, ${seconds.toFixed(2)} s`,
    )
    // Figures for docs/RELIABILITY.md: vitest's JSON report carries task meta to scripts/reliability-report.mjs.
    Object.assign(task.meta, {
      reliability: {
        interleavings,
        commits: commitsSent,
        steps: stepsRun,
        seconds: Number(seconds.toFixed(2)),
      },
    })
    expect(interleavings).toBeGreaterThanOrEqual(2000)
    expect(seconds).toBeLessThan(10)
  })
})
