import type {
  EditProblem,
  ParticipantEdits,
  ServerAttributes,
  StagedEdit,
} from '../../attributes/model/staged-edit.ts'

/*
 * The conflict rule of derive-rows.ts (isConflict), restated here on purpose: importing that module into this lazy
 * chunk makes the bundler split zod and the attribute map out of the entry into a shared chunk that index.html then
 * preloads (decision 0009), so the first load grows. desktop-notices.test.ts checks the same cases.
 */
function isConflict(edit: StagedEdit, server: ServerAttributes): boolean {
  if (edit.phase !== 'staged') return false
  const serverValue = Object.prototype.hasOwnProperty.call(server, edit.name) ? server[edit.name] : undefined
  return serverValue !== edit.baseValue && serverValue !== edit.value
}

/**
 * What the Genesys desktop should know about this widget, derived from the staged edits and what the server
 * shows. Keys are "conversationId/participantId/name", so the same name on two legs counts twice.
 */
export interface DesktopView {
  /** Edits not yet shown by the server (staged, saving or confirming): the desktop's attention count. */
  readonly unsaved: number
  /** Staged edits whose name another writer (a flow, another agent) changed since they were staged. */
  readonly conflicts: ReadonlyMap<string, string>
  /** Edits whose last commit failed, with why. */
  readonly failures: ReadonlyMap<string, EditProblem>
}

export const emptyDesktopView: DesktopView = { unsaved: 0, conflicts: new Map(), failures: new Map() }

/** `serverOf(key)`: the participant's attributes as the query cache holds them; undefined while unknown. */
export function desktopViewOf(
  byKey: ReadonlyMap<string, ParticipantEdits>,
  serverOf: (participantKey: string) => ServerAttributes | undefined,
): DesktopView {
  let unsaved = 0
  const conflicts = new Map<string, string>()
  const failures = new Map<string, EditProblem>()
  for (const [participantKey, entry] of byKey) {
    const server = serverOf(participantKey)
    for (const edit of Object.values(entry.edits)) {
      unsaved += 1
      const key = `${participantKey}/${edit.name}`
      if (server && edit.phase === 'staged' && isConflict(edit, server)) conflicts.set(key, edit.name)
      if (edit.problem) failures.set(key, edit.problem)
    }
  }
  return { unsaved, conflicts, failures }
}

export type DesktopNotice =
  | { readonly kind: 'value-changed-elsewhere'; readonly names: readonly string[] }
  | { readonly kind: 'commit-failed'; readonly names: readonly string[]; readonly problem: EditProblem }
  | { readonly kind: 'unsaved-on-stop'; readonly count: number }

export type DesktopCommand =
  | { readonly type: 'attention'; readonly count: number }
  | { readonly type: 'toast'; readonly notice: DesktopNotice }

/**
 * Only what changed is told: a toast for names that newly conflict or newly failed (not again on every update
 * while they stay so), and the attention count whenever the number of unsaved edits moves. "unconfirmed" and
 * "interrupted" are not failures to announce: the panel is still checking whether those writes arrived.
 */
export function planDesktopNotices(previous: DesktopView, next: DesktopView): DesktopCommand[] {
  const commands: DesktopCommand[] = []
  if (next.unsaved !== previous.unsaved) commands.push({ type: 'attention', count: next.unsaved })
  const changed = [...next.conflicts].filter(([key]) => !previous.conflicts.has(key)).map(([, name]) => name)
  if (changed.length > 0)
    commands.push({ type: 'toast', notice: { kind: 'value-changed-elsewhere', names: unique(changed) } })
  const failed = [...next.failures].filter(
    ([key, problem]) => previous.failures.get(key) !== problem && announcedProblems.has(problem),
  )
  const first = failed[0]
  if (first)
    commands.push({
      type: 'toast',
      notice: { kind: 'commit-failed', problem: first[1], names: unique(failed.map(([key]) => nameOf(key))) },
    })
  return commands
}

/** On the desktop's lifecycle `stop` (the interaction closes or the agent leaves it) while edits are unsaved. */
export function planStopNotice(view: DesktopView): DesktopCommand[] {
  return view.unsaved > 0 ? [{ type: 'toast', notice: { kind: 'unsaved-on-stop', count: view.unsaved } }] : []
}

const announcedProblems: ReadonlySet<EditProblem> = new Set<EditProblem>([
  'rejected',
  'forbidden',
  'not-found',
  'rate-limited',
  'uncertain',
  'unauthorized',
])

const unique = (names: readonly string[]) => [...new Set(names)]
/** Names may contain "/", ids do not: the name is everything after the second one. */
const nameOf = (key: string) => key.split('/').slice(2).join('/')
