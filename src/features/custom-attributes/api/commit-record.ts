import type { FieldValue } from '../../../genesys/custom-attribute-fields.ts'
import type { CustomAttributesClient } from '../../../genesys/custom-attributes-client.ts'
import type { CustomAttributesRecord, CustomValueMap } from '../../../genesys/custom-attributes-schemas.ts'
import { isAmbiguousWriteFailure, isGenesysApiError } from '../../../genesys/errors.ts'
import {
  conflictsOf,
  patchValues,
  sameValue,
  serverValueOf,
  type RecordEditAction,
  type RecordEdits,
} from '../model/record-edits.ts'

export type CommitOutcome =
  | {
      kind: 'committed'
      count: number
      record: CustomAttributesRecord | undefined
      /** What the PATCH carried, and the record as read just before it: the audit's new and old values. */
      sent?: Readonly<Record<string, FieldValue>>
      before?: CustomValueMap
      /** The PATCH's answer was lost, but a fresh read shows every value it carried. */
      answerLost?: boolean
    }
  /** Someone else wrote fields that are staged: seen on the read before the write, or after the server refused. */
  | { kind: 'conflict'; refused: boolean; record: CustomAttributesRecord }
  /** The server refused the version, but the change was elsewhere: the edits now rest on the new version. */
  | { kind: 'rebased'; record: CustomAttributesRecord }
  | { kind: 'uncertain'; record: CustomAttributesRecord }
  /** Staged fields the attribute policy does not let this user write: nothing was sent. */
  | { kind: 'not-writable'; fields: string[] }
  | { kind: 'failed'; error: unknown }

export interface CommitDeps {
  client: CustomAttributesClient
  conversationId: string
  recordId: string
  key: string
  readEdits: () => RecordEdits | undefined
  dispatch: (action: RecordEditAction) => void
  /** Every fresh read goes into the query cache, so the fields show what the server holds. */
  onRead: (record: CustomAttributesRecord) => void | Promise<void>
  /**
   * The attribute policy, checked again here although the UI already blocks the commit: an edit restored from
   * sessionStorage after the policy changed must never reach the PATCH. Absent: every field may be written.
   */
  mayWrite?: ((field: string) => boolean) | undefined
}

/**
 * What a refused version looks like is not documented: 409 in the emulator by default, but a 412, or a 400 whose
 * code talks about the version, are read the same way rather than shown as a plain failure.
 */
export function isVersionRefusal(error: unknown): boolean {
  if (!isGenesysApiError(error)) return false
  if (error.status === 409 || error.status === 412) return true
  return (
    error.status === 400 &&
    /version|conflict|stale/i.test(`${error.code ?? ''} ${error.messageFromServer ?? ''}`)
  )
}

const landed = (record: CustomAttributesRecord, sent: Record<string, FieldValue>) =>
  Object.keys(sent).every((field) => sameValue(serverValueOf(record.customAttributes, field), sent[field]))

/**
 * One record's commit: read it fresh (our own 3-way check), then one PATCH with only the changed fields and the
 * version just read. A version refusal re-reads and hands the user the fields to decide; nothing is resent on its
 * own (an ambiguous failure is settled by reading, as for participant data).
 */
export async function commitRecord(deps: CommitDeps): Promise<CommitOutcome> {
  const { client, conversationId, recordId, key, dispatch } = deps
  const reread = async () => {
    const record = await client.getRecord(conversationId, recordId)
    await deps.onRead(record)
    return record
  }
  try {
    const fresh = await reread()
    const before = deps.readEdits()
    if (!before) return { kind: 'committed', count: 0, record: fresh }
    // Checked on exactly the edits the PATCH would carry.
    const refused = Object.keys(before.edits).filter((field) => !(deps.mayWrite?.(field) ?? true))
    if (refused.length > 0) return { kind: 'not-writable', fields: refused }
    if (conflictsOf(before, fresh.customAttributes).length > 0)
      return { kind: 'conflict', refused: false, record: fresh }
    // A staged value the server already holds (an earlier PATCH whose answer was lost, or another writer with
    // the same value) is settled, never sent: writing it again would bump the version for nothing.
    dispatch({ type: 'settle', key, server: fresh.customAttributes })
    const sent = patchValues(before, fresh.customAttributes)
    if (Object.keys(sent).length === 0) return { kind: 'committed', count: 0, record: fresh }
    if (fresh.version !== before.baseVersion) dispatch({ type: 'rebase', key, version: fresh.version })
    dispatch({ type: 'sending', key, version: fresh.version, sent })
    let answerLost = false
    try {
      await client.patchRecord(conversationId, {
        id: recordId,
        version: fresh.version,
        customAttributes: sent,
      })
    } catch (error) {
      if (!isAmbiguousWriteFailure(error)) dispatch({ type: 'send-ended', key })
      if (isVersionRefusal(error)) {
        const now = await reread()
        const edits = deps.readEdits()
        if (conflictsOf(edits, now.customAttributes).length > 0)
          return { kind: 'conflict', refused: true, record: now }
        dispatch({ type: 'rebase', key, version: now.version })
        return { kind: 'rebased', record: now }
      }
      if (isAmbiguousWriteFailure(error)) {
        const now = await reread()
        // Still marked as on its way: a later read that shows it settles it as saved.
        if (!landed(now, sent)) return { kind: 'uncertain', record: now }
        answerLost = true
      } else throw error
    }
    dispatch({ type: 'committed', key, sent })
    const after = await reread().catch(() => undefined)
    return {
      kind: 'committed',
      count: Object.keys(sent).length,
      record: after,
      sent,
      before: fresh.customAttributes,
      answerLost,
    }
  } catch (error) {
    return { kind: 'failed', error }
  }
}
