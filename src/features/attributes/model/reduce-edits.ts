import { readAttribute } from '../../../genesys/attribute-map.ts'
import { listEdits, mapEdits, readEdit, withEdit, withoutEdits } from './edit-map.ts'
import type { EditAction, EditMap, ParticipantEdits, ReplacedValue, StagedEdit } from './staged-edit.ts'

/** Enough undo steps for a long correction session without keeping every keystroke forever. */
const historyLimit = 100

function isInFlight(edit: StagedEdit): boolean {
  return edit.phase !== 'staged'
}

/**
 * Sent, not confirmed, and no longer being checked (timed out, interrupted by a reload, or an answer that was lost):
 * the user may now decide about it (send again, discard, or stage another value), because nothing else will.
 */
export function isInDoubt(edit: StagedEdit): boolean {
  return edit.phase === 'confirming' && edit.problem !== undefined
}

/** In flight and not yet up to the user: a second write for the name would race it. */
function isBusy(edit: StagedEdit): boolean {
  return isInFlight(edit) && !isInDoubt(edit)
}

function hasInFlight(edits: EditMap): boolean {
  return listEdits(edits).some((edit) => isBusy(edit))
}

/** A user action: remember the edits before it for undo, and forget what could be redone. */
function record(state: ParticipantEdits, edits: EditMap): ParticipantEdits {
  if (edits === state.edits) return state
  return { ...state, edits, past: [...state.past, state.edits].slice(-historyLimit), future: [] }
}

type StageAction = Extract<EditAction, { type: 'stage' }>

/** One name staged onto `edits`; the same map when nothing changes. */
function withStaged(edits: EditMap, action: StageAction): EditMap {
  const found = readEdit(edits, action.name)
  // A write is on its way for this name: a second one would race it, so the name waits for the first to settle.
  if (found && isBusy(found)) return edits
  // The value of a write in doubt is already on its way: only "Send again" sends it twice, never retyping it.
  if (found && isInDoubt(found) && found.value === action.value) return edits
  // A new value over a write in doubt starts afresh from what the server shows now; conflict checks apply to it.
  const existing = found && isInDoubt(found) ? undefined : found
  const serverValue = readAttribute(action.server, action.name)
  // Back to what the server holds: nothing left to write (Architect collapses queued sets the same way).
  if (action.value === serverValue) return found ? withoutEdits(edits, [action.name]) : edits
  if (existing && existing.value === action.value) return edits
  return withEdit(edits, {
    name: action.name,
    value: action.value,
    // Re-editing keeps the original base: the user has not yet seen or accepted a newer server value.
    baseValue: existing ? existing.baseValue : 'basedOn' in action ? action.basedOn : serverValue,
    stagedAt: action.at,
    phase: 'staged',
  })
}

function stage(state: ParticipantEdits, action: StageAction): ParticipantEdits {
  return record(state, withStaged(state.edits, action))
}

/** A list staged at once (bulk corrections) is one user action, so one undo step takes all of it back. */
function stageMany(
  state: ParticipantEdits,
  action: Extract<EditAction, { type: 'stage-many' }>,
): ParticipantEdits {
  const edits = action.values.reduce(
    (current, { name, value, basedOn }) =>
      withStaged(current, {
        type: 'stage',
        name,
        value,
        server: action.server,
        at: action.at,
        ...(basedOn === undefined ? {} : { basedOn }),
      }),
    state.edits,
  )
  return record(state, edits)
}

function keepMine(
  state: ParticipantEdits,
  action: Extract<EditAction, { type: 'keep-mine' }>,
): ParticipantEdits {
  const name = action.name
  const existing = readEdit(state.edits, name)
  if (!existing || isInFlight(existing)) return state
  const serverValue = readAttribute(action.server, name)
  if (serverValue === existing.value) return record(state, withoutEdits(state.edits, [name]))
  return record(state, withEdit(state.edits, { ...existing, baseValue: serverValue }))
}

function dropStaged(state: ParticipantEdits, names: readonly string[]): ParticipantEdits {
  const droppable = names.filter((name) => {
    const edit = readEdit(state.edits, name)
    return edit !== undefined && !isBusy(edit)
  })
  return droppable.length === 0 ? state : record(state, withoutEdits(state.edits, droppable))
}

function inPhase(edits: EditMap, names: readonly string[], phases: readonly StagedEdit['phase'][]): string[] {
  return names.filter((name) => {
    const edit = readEdit(edits, name)
    return edit !== undefined && phases.includes(edit.phase)
  })
}

function withoutProblem({ problem: _problem, ...edit }: StagedEdit): StagedEdit {
  return edit
}

/**
 * Every change to one participant's staged edits. Pure: the store, the commit mutation and the model test all
 * drive the same function. Server values arrive inside actions so that the reducer never reads the cache itself.
 */
export function reduceEdits(state: ParticipantEdits, action: EditAction): ParticipantEdits {
  switch (action.type) {
    case 'stage':
      return stage(state, action)
    case 'stage-many':
      return stageMany(state, action)
    case 'undo-edit':
    case 'take-theirs':
      return dropStaged(state, [action.name])
    case 'discard-all':
      return dropStaged(state, Object.keys(state.edits))
    case 'keep-mine':
      return keepMine(state, action)
    case 'undo': {
      const previous = state.past.at(-1)
      if (!previous || hasInFlight(state.edits)) return state
      return {
        ...state,
        edits: previous,
        past: state.past.slice(0, -1),
        future: [state.edits, ...state.future],
      }
    }
    case 'redo': {
      const next = state.future[0]
      if (!next || hasInFlight(state.edits)) return state
      return { ...state, edits: next, past: [...state.past, state.edits], future: state.future.slice(1) }
    }
    case 'commit-begin': {
      const names = inPhase(state.edits, action.names, ['staged'])
      if (names.length === 0) return state
      // Once a write has gone out, undoing past it would show a world the server no longer has.
      const edits = mapEdits(state.edits, names, (e) => ({ ...withoutProblem(e), phase: 'saving' }))
      return { ...state, edits, past: [], future: [] }
    }
    case 'commit-accepted': {
      const names = inPhase(state.edits, action.names, ['saving'])
      if (names.length === 0) return state
      return { ...state, edits: mapEdits(state.edits, names, (e) => ({ ...e, phase: 'confirming' })) }
    }
    case 'commit-failed': {
      const names = inPhase(state.edits, action.names, ['saving', 'confirming'])
      if (names.length === 0) return state
      const problem = action.problem
      return { ...state, edits: mapEdits(state.edits, names, (e) => ({ ...e, phase: 'staged', problem })) }
    }
    case 'commit-uncertain': {
      const names = inPhase(state.edits, action.names, ['saving'])
      if (names.length === 0) return state
      const problem = 'uncertain' as const
      return {
        ...state,
        edits: mapEdits(state.edits, names, (e) => ({ ...e, phase: 'confirming', problem })),
      }
    }
    case 'confirm-timeout': {
      const names = inPhase(state.edits, action.names, ['confirming'])
      if (names.length === 0) return state
      const problem = 'unconfirmed' as const
      return { ...state, edits: mapEdits(state.edits, names, (e) => ({ ...e, problem })) }
    }
    case 'reconcile':
      return reconcile(state, action)
    case 'check-again': {
      const names = action.names.filter((name) => {
        const edit = readEdit(state.edits, name)
        return edit !== undefined && isInDoubt(edit)
      })
      if (names.length === 0) return state
      return { ...state, edits: mapEdits(state.edits, names, withoutProblem) }
    }
    case 'send-again': {
      const edit = readEdit(state.edits, action.name)
      if (!edit || !isInDoubt(edit)) return state
      const serverValue = readAttribute(action.server, action.name)
      if (serverValue === edit.value) return { ...state, edits: withoutEdits(state.edits, [action.name]) }
      const { intervening: _seen, ...rest } = withoutProblem(edit)
      return record(state, withEdit(state.edits, { ...rest, phase: 'staged', baseValue: serverValue }))
    }
    case 'dismiss-replaced': {
      const replaced = (state.replaced ?? []).filter((notice) => notice.name !== action.name)
      return replaced.length === (state.replaced ?? []).length ? state : { ...state, replaced }
    }
  }
}

/** How many replaced-value notices are kept per participant; older ones are dropped first. */
const replacedLimit = 20

/**
 * Fresh server data: an edit the server now shows is done (ours landed, or someone wrote the same). A write still
 * inside its PATCH waits for the answer, so data that merely looks like ours cannot end it early. While a write is
 * on its way, another writer's value seen for the name is remembered: if ours lands after it, ours replaced it, and
 * the user is told which value that was.
 */
function reconcile(
  state: ParticipantEdits,
  action: Extract<EditAction, { type: 'reconcile' }>,
): ParticipantEdits {
  const done: StagedEdit[] = []
  const seen: StagedEdit[] = []
  for (const edit of listEdits(state.edits)) {
    const serverValue = readAttribute(action.server, edit.name)
    if (edit.phase !== 'saving' && serverValue === edit.value) done.push(edit)
    else if (isInFlight(edit) && serverValue !== edit.value && serverValue !== edit.baseValue)
      seen.push({ ...edit, intervening: { value: serverValue } })
  }
  if (done.length === 0 && seen.length === 0) return state
  const replacedNow: ReplacedValue[] = done
    .filter((edit) => isInFlight(edit) && edit.intervening !== undefined)
    .map((edit) => ({
      name: edit.name,
      replacedValue: edit.intervening?.value,
      ourValue: edit.value,
      at: action.at ?? 0,
    }))
  const updated = seen.reduce((edits, edit) => withEdit(edits, edit), state.edits)
  const edits = withoutEdits(
    updated,
    done.map((e) => e.name),
  )
  if (replacedNow.length === 0) return { ...state, edits }
  const replaced = [
    ...(state.replaced ?? []).filter((notice) => !replacedNow.some((n) => n.name === notice.name)),
    ...replacedNow,
  ].slice(-replacedLimit)
  return { ...state, edits, replaced }
}
