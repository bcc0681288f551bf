import { createAttributeMap, type AttributeMap } from '../../../genesys/attribute-map.ts'
import type { GenesysClient } from '../../../genesys/client.ts'
import { GenesysApiError, type GenesysErrorKind } from '../../../genesys/errors.ts'
import type { Conversation } from '../../../genesys/schemas.ts'

export const conversationId = 'conv-1'
export const customerId = 'cust-1'

type PatchScript =
  | { kind: 'apply' }
  /** Accepted (202) but the value shows up only when `applyPending()` is called: Genesys applies asynchronously. */
  | { kind: 'accept-later' }
  | {
      kind: 'fail'
      error: GenesysErrorKind
      status?: number
      message?: string
      retryAfterSeconds?: number
      applied?: boolean
    }

/** An in-memory Genesys with one conversation: enough to exercise the panel through the real client interface. */
export function createFakeGenesys(initial: Record<string, string> | Array<[string, string]>) {
  let attributes = createAttributeMap(Array.isArray(initial) ? initial : Object.entries(initial))
  const patches: AttributeMap[] = []
  const pending: AttributeMap[] = []
  const script: PatchScript[] = []
  let gets = 0
  const merge = (patch: AttributeMap) => {
    attributes = createAttributeMap([...Object.entries(attributes), ...Object.entries(patch)])
  }
  const conversation = (): Conversation => ({
    id: conversationId,
    participants: [
      {
        id: customerId,
        purpose: 'customer',
        name: 'Ada Customer',
        attributes: createAttributeMap(Object.entries(attributes)),
      },
      { id: 'agent-1', purpose: 'agent', name: 'Agent', attributes: createAttributeMap() },
    ],
  })
  const unused = () => Promise.reject(new Error('not used by the attribute editor'))
  const client: GenesysClient = {
    apiOrigin: 'https://api.test.invalid',
    getConversation: () => {
      gets += 1
      return Promise.resolve(conversation())
    },
    patchParticipantAttributes: (_conversation, _participant, patch) => {
      patches.push(createAttributeMap(Object.entries(patch)))
      const step = script.shift() ?? { kind: 'apply' }
      if (step.kind === 'apply') merge(patch)
      if (step.kind === 'accept-later') pending.push(patch)
      if (step.kind !== 'fail') return Promise.resolve()
      if (step.applied) merge(patch)
      const path = `/api/v2/conversations/${conversationId}/participants/${customerId}/attributes`
      return Promise.reject(
        new GenesysApiError({
          kind: step.error,
          method: 'PATCH',
          path,
          status: step.status,
          messageFromServer: step.message,
          retryAfterSeconds: step.retryAfterSeconds,
        }),
      )
    },
    getMe: unused,
    listActiveConversations: unused,
    createNotificationChannel: unused,
    subscribeToTopics: unused,
  }
  return {
    client,
    conversation,
    patches,
    get gets() {
      return gets
    },
    /** The next PATCH answers follow this script; unscripted ones apply at once. */
    script: (...steps: PatchScript[]) => void script.push(...steps),
    /** Someone else (an IVR flow, another agent) writes. */
    writeElsewhere: (patch: Record<string, string>) => merge(createAttributeMap(Object.entries(patch))),
    applyPending: () => pending.splice(0).forEach(merge),
    attributes: () => attributes,
  }
}
export type FakeGenesys = ReturnType<typeof createFakeGenesys>
