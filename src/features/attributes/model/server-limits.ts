import type { AttributeRow } from './derive-rows.ts'
import { nameWriteRefusal, type AttributeLimits } from './validation.ts'

/**
 * Marks what the server itself limits on rows it sent: a name it would refuse to have written (blank, over the
 * name limit; flows can write them) becomes read-only with its reason, and a name whose latest value could not be
 * read is marked so (decisions 0034 and 0035).
 */
export function markServerLimits(
  rows: readonly AttributeRow[],
  unreadable: readonly string[],
  limits: AttributeLimits,
): AttributeRow[] {
  const unreadableNames = new Set(unreadable)
  return rows.map((row) => {
    const refusal = nameWriteRefusal(row.name, limits)
    const isUnreadable = unreadableNames.has(row.name)
    if (!refusal && !isUnreadable) return row
    return {
      ...row,
      ...(isUnreadable ? { unreadable: true as const } : {}),
      ...(refusal ? { nameRefusal: refusal, access: 'read-only' as const } : {}),
    }
  })
}
