import { attributeEntries, readAttribute, type AttributeMap } from '../../../genesys/attribute-map.ts'

/*
 * Live participant data beside what analytics keeps. Analytics does not save attributes set after the
 * conversation completed (Genesys docs; the seed's warning): for an ended conversation a live value that differs
 * from the kept one is "live only", and reports built from analytics will not show it.
 */

export type RecordStatus = 'kept' | 'live-only' | 'kept-only'

export interface RecordRow {
  readonly name: string
  readonly live: string | undefined
  readonly kept: string | undefined
  readonly status: RecordStatus
}

export function compareRecord(live: AttributeMap, kept: AttributeMap): RecordRow[] {
  const names = new Set([
    ...attributeEntries(live).map(([n]) => n),
    ...attributeEntries(kept).map(([n]) => n),
  ])
  return [...names].sort().map((name) => {
    const liveValue = readAttribute(live, name)
    const keptValue = readAttribute(kept, name)
    const status: RecordStatus =
      liveValue === undefined ? 'kept-only' : liveValue === keptValue ? 'kept' : 'live-only'
    return { name, live: liveValue, kept: keptValue, status }
  })
}
