import { readAttribute } from '../../../genesys/attribute-map.ts'
import { listEdits, mapEdits, readEdit, withEdit, withoutEdits } from './edit-map.ts'
import type { EditAction, EditMap, ParticipantEdits, StagedEdit } from './staged-edit.ts'

/** Enough undo steps for a long correction session without keeping every keystroke forever. */
const historyLimit = 100

function isInFlight(edit: StagedEdit): boolean {
  return edit.phase !== 'staged'
}

function hasInFlight(edits: EditMap): boolean {
  return listEdits(edits).some(isInFlight)
}

/** A user action: remember the edits before it for undo, and forget what could be redone. */
function record(state: ParticipantEdits, edits: EditMap): ParticipantEdits {
  if (edits === state.edits) return state
  return { edits, past: [...state.past, state.edits].slice(-historyLimit), future: [] }
}

type StageAction = Extract<EditAction, { type: 'stage' }>

/** One name staged onto `edits`; the same map when nothing changes. */
function withStaged(edits: EditMap, action: StageAction): EditMap {
  const existing = readEdit(edits, action.name)
  // A write is on its way for this name: a second one would race it, so the name waits for the first to settle.
  if (existing && isInFlight(existing)) return edits
  const serverValue = readAttribute(action.server, action.name)
  // Back to what the server holds: nothing left to write (Architect collapses queued sets the same way).
  if (action.value === serverValue) return existing ? withoutEdits(edits, [action.name]) : edits
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
    (current, { name, value }) =>
      withStaged(current, { type: 'stage', name, value, server: action.server, at: action.at }),
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
    return edit !== undefined && !isInFlight(edit)
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
      return { edits: previous, past: state.past.slice(0, -1), future: [state.edits, ...state.future] }
    }
    case 'redo': {
      const next = state.future[0]
      if (!next || hasInFlight(state.edits)) return state
      return { edits: next, past: [...state.past, state.edits], future: state.future.slice(1) }
    }
    case 'commit-begin': {
      const names = inPhase(state.edits, action.names, ['staged'])
      if (names.length === 0) return state
      // Once a write has gone out, undoing past it would show a world the server no longer has.
      const edits = mapEdits(state.edits, names, (e) => ({ ...withoutProblem(e), phase: 'saving' }))
      return { edits, past: [], future: [] }
    }
    case 'commit-accepted': {
      const names = inPhase(state.edits, action.names, ['saving'])
      if (names.length === 0) return state
      return { ...state, edits: mapEdits(state.edits, names, (e) => ({ ...e, phase: 'confirming' })) }
    }
    case 'commit-failed':
    case 'confirm-timeout': {
      const names = inPhase(state.edits, action.names, ['saving', 'confirming'])
      if (names.length === 0) return state
      const problem = action.type === 'confirm-timeout' ? 'unconfirmed' : action.problem
      return { ...state, edits: mapEdits(state.edits, names, (e) => ({ ...e, phase: 'staged', problem })) }
    }
    case 'reconcile': {
      // The server shows the edited value (ours landed, or someone wrote the same): nothing is left to do. A write
      // still inside its PATCH waits for the answer, so data that merely looks like ours cannot end it early.
      const done = listEdits(state.edits).filter(
        (e) => e.phase !== 'saving' && readAttribute(action.server, e.name) === e.value,
      )
      if (done.length === 0) return state
      return {
        ...state,
        edits: withoutEdits(
          state.edits,
          done.map((e) => e.name),
        ),
      }
    }
  }
}
