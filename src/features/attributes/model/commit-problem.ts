import * as z from 'zod/mini'
import { errorKindRule } from '../../../genesys/error-kinds.ts'
import type { EditProblem } from './staged-edit.ts'

/**
 * What went wrong with a commit, read from whatever the client threw. Read by shape (the client's GenesysApiError
 * carries `kind`) rather than by class, so this core stays free of I/O modules and tolerates foreign errors; the
 * meaning of each kind is the one table every caller uses (genesys/error-kinds.ts).
 */
export interface CommitProblem {
  readonly problem: EditProblem
  /** 5xx, network, timeouts and unreadable answers: the write may have landed; compare before offering a retry. */
  readonly uncertain: boolean
  readonly status: number | undefined
  readonly message: string
  readonly retryAfterSeconds: number | undefined
  readonly contextId: string | undefined
}

const apiErrorShape = z.looseObject({
  kind: z.string(),
  status: z.optional(z.number()),
  message: z.optional(z.string()),
  messageFromServer: z.optional(z.string()),
  retryAfterSeconds: z.optional(z.number()),
  contextId: z.optional(z.string()),
})

/** "Retry the request in [42] seconds": Retry-After may be hidden by CORS, the message is not. */
export function retryAfterFromMessage(message: string): number | undefined {
  const match = /retry the request in \[?(\d+)\]? seconds/i.exec(message)
  return match ? Number(match[1]) : undefined
}

export function readCommitProblem(error: unknown): CommitProblem {
  const parsed = apiErrorShape.safeParse(error)
  const message = parsed.success
    ? (parsed.data.messageFromServer ?? parsed.data.message ?? '')
    : error instanceof Error
      ? error.message
      : ''
  if (!parsed.success) {
    // Anything unexpected is treated as uncertain: the safe reading is "maybe it landed, check first".
    return {
      problem: 'uncertain',
      uncertain: true,
      status: undefined,
      message,
      retryAfterSeconds: undefined,
      contextId: undefined,
    }
  }
  const { kind, status, retryAfterSeconds, contextId } = parsed.data
  // A kind this table does not know is read the safe way, like a foreign error: maybe it landed.
  const rule = errorKindRule(kind)
  return {
    problem: rule?.problem ?? 'uncertain',
    uncertain: rule?.writeMayHaveLanded ?? true,
    status,
    message,
    retryAfterSeconds:
      kind === 'rate-limited' ? (retryAfterSeconds ?? retryAfterFromMessage(message) ?? 30) : undefined,
    contextId,
  }
}
