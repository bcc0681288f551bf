import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAttributeMap, readAttribute, type AttributeMap } from '../../../genesys/attribute-map.ts'
import { emptyParticipantEdits, listEdits } from './edit-map.ts'
import { planCommit } from './plan-commit.ts'
import { isInDoubt, reduceEdits } from './reduce-edits.ts'
import type { EditAction, EditProblem, ParticipantEdits } from './staged-edit.ts'
import { createEditsStorage } from '../store/session-storage.ts'

/*
 * Random interleavings of agent edits, commits, flow writes, socket events and failures against a model of Genesys
 * (merge-PATCH, asynchronous apply, no concurrency control). The client side is the real pure core and the real
 * storage layer, driven the way the commit mutation, the confirmation poll and a page load drive them. Issue 12
 * added: live updates starting late or never (a rejected topic), silent gaps and hand-overs, reloads at any point
 * (also inside a PATCH and while a write is being confirmed), a second frame sharing the storage, sign-out, full
 * storage, and apply delays longer than the confirmation window.
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
      // Events stop without the widget knowing (a dead socket before its heartbeat check, a leader frame gone).
      { kind: 'silent-gap' as const },
      { kind: 'reload' as const },
      { kind: 'storage-full' as const },
      { kind: 'check-again' as const },
      // "Sign out and discard", then the next person signs in to the same tab.
      { kind: 'sign-out-and-in' as const },
    ),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('send-again' as const), name }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('other-frame-stages' as const), name, value }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('put-back' as const), name }) },
)
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never

const userSteps = new Set([
  'sign-out-and-in',
  'send-again',
  'put-back',
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
  /** Both frames' shared sessionStorage; `full` makes every write throw (quota), as a full storage does. */
  backing = new Map<string, string>()
  full = false
  storage = createEditsStorage(
    () =>
      ({
        getItem: (key: string) => this.backing.get(key) ?? null,
        setItem: (key: string, text: string) => {
          if (this.full) throw new DOMException('full', 'QuotaExceededError')
          this.backing.set(key, text)
        },
        removeItem: (key: string) => void this.backing.delete(key),
      }) as unknown as Storage,
    'model',
  )
  /** Sends per name and intended value: a value goes out once, unless the user chose "Send again". */
  sends = new Map<string, number>()
  sendAgainChosen = new Map<string, number>()
  /** Our accepted writes with the value each name held when we planned it, to see what applying them replaces. */
  ourPending: Array<{ patch: AttributeMap; planned: ReadonlyMap<string, string | undefined> }> = []
  replacedExpected = new Set<string>()
  reloads = 0

  dispatch(action: EditAction): void {
    const before = this.client
    this.client = reduceEdits(this.client, action)
    if (this.client !== before) this.storage.writeChanges('c/p', before, this.client)
  }
  writeServer(patch: AttributeMap, ours?: ReadonlyMap<string, string | undefined>): void {
    for (const key of Object.keys(patch)) {
      // Ours lands over a value another writer set after we planned, which the widget saw live: it must say so.
      const planned = ours === undefined ? undefined : { value: ours.get(key) }
      if (
        planned &&
        this.live &&
        readAttribute(this.server, key) !== planned.value &&
        readAttribute(this.server, key) !== readAttribute(patch, key) &&
        readAttribute(this.view, key) === readAttribute(this.server, key) &&
        this.client.edits[key]?.value === readAttribute(patch, key) &&
        // Staged again by the user ("Send again", knowing the other value): replacing it is their choice.
        this.client.edits[key]?.phase !== 'staged' &&
        this.acknowledged.get(key) !== readAttribute(this.server, key)
      )
        this.replacedExpected.add(key)
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
    this.refetch() // whatever the live status says: one GET before deciding what is safe to send
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
    for (const sentName of plan.names) {
      const key = `${sentName}=${readAttribute(plan.patch, sentName)}@${this.intents.get(sentName)?.since}`
      const count = (this.sends.get(key) ?? 0) + 1
      this.sends.set(key, count)
      expect(count, `${key} sent twice without the user's choice`).toBeLessThanOrEqual(
        1 + (this.sendAgainChosen.get(sentName) ?? 0),
      )
    }
    const planned = new Map(plan.names.map((n) => [n, readAttribute(this.server, n)] as const))
    this.dispatch({ type: 'commit-begin', names: plan.names })
    if (this.reloadInsidePatch) {
      // The page goes away with the PATCH on the wire; Genesys may or may not have taken it.
      this.reloadInsidePatch = false
      if (outcome !== 'rejected' && outcome !== 'rate-limited')
        this.ourPending.push({ patch: plan.patch, planned })
      this.reload()
      return
    }
    if (outcome === 'accepted' || outcome === 'applied-at-once') {
      this.dispatch({ type: 'commit-accepted', names: plan.names })
      if (outcome === 'accepted') this.ourPending.push({ patch: plan.patch, planned })
      else this.writeServer(plan.patch, planned)
      return
    }
    if (outcome === 'rejected' || outcome === 'rate-limited') {
      // Refused: nothing was written, so sending it again later is not a second write.
      for (const sentName of plan.names) {
        const key = `${sentName}=${readAttribute(plan.patch, sentName)}@${this.intents.get(sentName)?.since}`
        this.sends.set(key, (this.sends.get(key) ?? 1) - 1)
      }
      this.dispatch({ type: 'commit-failed', names: plan.names, problem: outcome as EditProblem })
      return
    }
    if (outcome === 'uncertain-applied') this.ourPending.push({ patch: plan.patch, planned })
    // "May or may not have been saved": remembered as sent and watched; never sent again by itself.
    this.dispatch({ type: 'commit-uncertain', names: plan.names })
    this.refetch()
  }
  reloadInsidePatch = false
  /** A page load: the store starts from storage alone (what the full storage refused is gone with the page). */
  reload(): void {
    this.reloads += 1
    const restored = this.storage.restore().get('c/p')
    const memory = this.client
    this.client = restored ?? {
      edits: Object.create(null) as ParticipantEdits['edits'],
      past: [],
      future: [],
    }
    // Edits that only lived in memory (storage was full) are lost with the page: the widget said so beforehand
    // (the storage banner), so the model counts only what storage kept as the user's to keep.
    if (this.full) {
      for (const edit of listEdits(memory.edits))
        if (!this.client.edits[edit.name]) this.intents.delete(edit.name)
      // The same for a replaced notice recorded after storage filled: it was on screen (the check after each step
      // saw it there) and goes with the page, as the storage banner said. A notice storage kept is still required.
      for (const notice of memory.replaced ?? [])
        if (!(this.client.replaced ?? []).some((kept) => kept.name === notice.name))
          this.replacedExpected.delete(notice.name)
      this.full = false
    }
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
        const ours = this.ourPending.shift()
        if (ours) this.writeServer(ours.patch, ours.planned)
        break
      }
      case 'silent-gap':
        // The widget still shows "Live", but no event arrives until the next reconnect.
        this.live = false
        break
      case 'reload':
        if (listEdits(this.client.edits).some((e) => e.phase === 'saving')) this.reloadInsidePatch = true
        else this.reload()
        break
      case 'storage-full':
        this.full = true
        break
      case 'sign-out-and-in': {
        // What useForgetOnSignOut does: the store and its storage are cleared. Writes already with Genesys stay
        // Genesys's (they still land), but the widget that would report on them left with the user.
        this.storage.clear()
        this.client = { edits: Object.create(null) as ParticipantEdits['edits'], past: [], future: [] }
        this.replacedExpected.clear()
        this.reloadInsidePatch = false
        this.full = false
        // The next user's page load starts from storage alone: nothing of the first user's edits may come back.
        this.reload()
        expect(listEdits(this.client.edits), 'an edit of the user who signed out came back').toEqual([])
        const stored = this.storage.readAsStored()?.get('c/p')
        expect(stored ? listEdits(stored.edits) : [], 'storage still holds the first user’s edits').toEqual(
          [],
        )
        break
      }
      case 'check-again': {
        const inDoubt = listEdits(this.client.edits).filter(isInDoubt)
        this.dispatch({ type: 'check-again', names: inDoubt.map((e) => e.name) })
        this.refetch()
        break
      }
      case 'send-again': {
        const edit = this.client.edits[s.name]
        if (!edit || !isInDoubt(edit)) break
        this.refetch() // the widget reads the server and shows it before the choice
        this.sendAgainChosen.set(s.name, (this.sendAgainChosen.get(s.name) ?? 0) + 1)
        this.acknowledged.set(s.name, readAttribute(this.view, s.name))
        this.dispatch({ type: 'send-again', name: s.name, server: this.view })
        break
      }
      case 'put-back': {
        const notice = (this.client.replaced ?? []).find((n) => n.name === s.name)
        if (!notice) break
        this.replacedExpected.delete(s.name)
        this.dispatch({ type: 'dismiss-replaced', name: s.name })
        this.dispatch({
          type: 'stage',
          name: s.name,
          value: notice.replacedValue ?? '',
          server: this.view,
          at: this.seq,
          // As the panel does: based on what our write left, so a newer value conflicts instead of being overwritten.
          basedOn: notice.ourValue,
        })
        break
      }
      case 'other-frame-stages': {
        // A second frame of the tab stages on the same participant through the shared storage; this frame hears
        // it (storage event) and takes it in. The other frame's name must survive this frame's next write.
        if (this.client.edits[s.name]) break
        const stored = this.storage.readAsStored()
        const theirs = reduceEdits(stored?.get('c/p') ?? this.client, {
          type: 'stage',
          name: s.name,
          value: s.value,
          server: this.view,
          at: this.seq,
        })
        this.storage.writeChanges('c/p', stored?.get('c/p') ?? this.client, theirs)
        const heard = this.storage.readAsStored()?.get('c/p')
        if (heard && !this.full) {
          this.client = { ...heard, past: [], future: [] }
          if (this.client.edits[s.name]) this.acknowledged.set(s.name, this.client.edits[s.name]?.baseValue)
        }
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
    this.checkNothingLost(before, userSteps.has(s.kind) || s.kind === 'reload')
    for (const key of this.replacedExpected)
      if (!this.client.edits[key])
        expect(
          (this.client.replaced ?? []).some((n) => n.name === key),
          `our write replaced another writer's value of ${key} and the user was not told`,
        ).toBe(true)
  }
  noteWhatTheAgentSaw(s: Step): void {
    if (s.kind !== 'stage' && s.kind !== 'stage-typed-before-update' && s.kind !== 'keep-mine') return
    const found = this.client.edits[s.name]
    // Staging over a write in doubt starts afresh from the row as shown (a retyped same value changes nothing).
    if (found && isInDoubt(found) && 'value' in s && found.value !== s.value) {
      const saw = readAttribute(s.kind === 'stage' ? this.view : this.previousView, s.name)
      if (s.kind === 'stage' || saw !== undefined) this.acknowledged.set(s.name, saw)
      return
    }
    const existing = found
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
    this.full = false
    for (
      let round = 0;
      round < 10 &&
      (this.pending.length > 0 || this.ourPending.length > 0 || listEdits(this.client.edits).length > 0);
      round += 1
    ) {
      this.run({ kind: 'socket-up' })
      while (this.pending.length > 0 || this.ourPending.length > 0) this.run({ kind: 'apply-pending' })
      this.run({ kind: 'confirm-give-up' })
      for (const edit of listEdits(this.client.edits).filter(isInDoubt))
        this.run({ kind: 'send-again', name: edit.name as (typeof names)[number] })
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
      { numRuns: 12_000 },
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
    expect(interleavings).toBeGreaterThanOrEqual(10_000)
  }, 180_000)
})
