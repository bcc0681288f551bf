import type { SubscriptionListing } from './schemas.ts'

/** A topic the platform refused, with what it said: `missingPermissions` names what the user lacks. */
export interface RejectedTopic {
  id: string
  reason?: string
  missingPermissions: readonly string[]
}

export interface SubscriptionResult {
  rejected: readonly RejectedTopic[]
}

/**
 * What a subscription answer means for the topics we asked for. Rejected is what the answer says (state compared
 * case-insensitively). A topic missing from a non-empty answer is rejected too: nothing confirms it will deliver.
 * An empty body (older platform answers, some proxies) confirms nothing either way and is taken as permitted, as
 * before: the heartbeat watchdog still notices a dead socket.
 */
export function subscriptionResult(
  requested: readonly string[],
  listing: SubscriptionListing | undefined,
): SubscriptionResult {
  if (!listing) return { rejected: [] }
  const answers = new Map(listing.entities.map((entry) => [entry.id, entry]))
  const rejected = requested.flatMap((topic): RejectedTopic[] => {
    const answer = answers.get(topic)
    if (!answer) return [{ id: topic, reason: 'not in the subscription answer', missingPermissions: [] }]
    if (answer.state?.toLowerCase() !== 'rejected') return []
    return [
      {
        id: topic,
        ...(answer.rejectionReason === undefined ? {} : { reason: answer.rejectionReason }),
        missingPermissions: answer.missingPermissions ?? [],
      },
    ]
  })
  return { rejected }
}
