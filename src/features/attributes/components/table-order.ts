import type { AttributeRow } from '../model/derive-rows.ts'
import { sortRows } from '../model/derive-rows.ts'

/** The grid's order: as the server lists the names (the default), or by name either way. */
export type TableOrder = 'server' | 'ascending' | 'descending'

export interface OrderSettings {
  /** Names shown first, in this order, whatever the sort (config.json `attributeOrder.pinned`). */
  pinned: readonly string[]
  /** Keep names with the same prefix before the first "." together ("CRM.ContactId" beside "CRM.Owner"). */
  groupByPrefix: boolean
}

export const noOrderSettings: OrderSettings = { pinned: [], groupByPrefix: false }

/** The prefix a name is grouped under: what comes before its first ".", if anything does. */
export function prefixOf(name: string): string | undefined {
  const dot = name.indexOf('.')
  return dot > 0 ? name.slice(0, dot) : undefined
}

/** Pinned names first (in the pinned order), then the rest in the chosen order, grouped by prefix if asked. */
export function orderRows(
  rows: readonly AttributeRow[],
  order: TableOrder,
  settings: OrderSettings = noOrderSettings,
): AttributeRow[] {
  const sorted = order === 'server' ? [...rows] : sortRows(rows, order)
  const pinnedAt = new Map(settings.pinned.map((name, index) => [name, index]))
  const pinned = sorted
    .filter((row) => pinnedAt.has(row.name))
    .sort((a, b) => (pinnedAt.get(a.name) ?? 0) - (pinnedAt.get(b.name) ?? 0))
  const rest = sorted.filter((row) => !pinnedAt.has(row.name))
  if (!settings.groupByPrefix) return [...pinned, ...rest]
  // Groups appear where their first member would have; names without a prefix are groups of one.
  const groups = new Map<string, AttributeRow[]>()
  for (const row of rest) {
    const key = prefixOf(row.name) ?? `\u0000${row.name}`
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  return [...pinned, ...[...groups.values()].flat()]
}
