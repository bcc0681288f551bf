import { appendFile, readFile, rename, writeFile } from 'node:fs/promises'
import * as z from 'zod/mini'

/*
 * Customer legs the service could not enrich, one JSON object a line, appended as they fail. `enrich retry`
 * replays the file and writes back only what still fails. Holds ids and reasons, never tokens or attributes.
 */

export const deadLetterSchema = z.looseObject({
  at: z.string(),
  conversationId: z.string().check(z.minLength(1)),
  participantId: z.optional(z.string()),
  kind: z.string(),
  reason: z.string(),
})
export type DeadLetter = z.infer<typeof deadLetterSchema>

export interface DeadLetterFile {
  add(entry: DeadLetter): Promise<void>
}

export function deadLetterFile(path: string | undefined): DeadLetterFile {
  let chain: Promise<void> = Promise.resolve()
  return {
    add(entry) {
      if (path === undefined) return Promise.resolve()
      chain = chain.then(() => appendFile(path, `${JSON.stringify(entry)}\n`, 'utf8')).catch(() => undefined)
      return chain
    },
  }
}

/** Entries to replay (one per conversation, the last wins) and the lines that were not entries. */
export async function readDeadLetters(path: string): Promise<{ entries: DeadLetter[]; unreadable: number }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], unreadable: 0 }
    throw error
  }
  const byConversation = new Map<string, DeadLetter>()
  let unreadable = 0
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch {
      unreadable += 1
      continue
    }
    const parsed = deadLetterSchema.safeParse(json)
    if (parsed.success) byConversation.set(parsed.data.conversationId, parsed.data)
    else unreadable += 1
  }
  return { entries: [...byConversation.values()], unreadable }
}

/** Replaces the file in one step, so a crash mid-write never loses the entries still to do. */
export async function writeDeadLetters(path: string, entries: readonly DeadLetter[]): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, entries.map((e) => `${JSON.stringify(e)}\n`).join(''), 'utf8')
  await rename(temporary, path)
}
