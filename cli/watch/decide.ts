import {
  attributeEntries,
  createAttributeMap,
  readAttribute,
  type AttributeMap,
} from '../../src/genesys/attribute-map.ts'

/** The provenance marker: a leg that carries it was enriched (by this or another instance) and is left alone. */
export const markerRule = 'Enrichment.Rule'
export const markerAt = 'Enrichment.At'

export type Decision =
  | { action: 'skip'; reason: 'already-enriched' | 'no-context' | 'nothing-to-change'; kept: string[] }
  | { action: 'write'; patch: AttributeMap; written: string[]; kept: string[] }

/**
 * What to write on a customer leg, given what was read (event or GET) and the context the lookup found. Pure.
 * Only names the leg does not have yet are written: a value the IVR or an agent set is kept (`kept`), never
 * overwritten; a name already holding the context's value is not sent. The marker goes in the same PATCH, so
 * one PATCH per call carries both the context and the proof it was done.
 */
export function decideEnrichment(
  current: AttributeMap,
  context: AttributeMap | undefined,
  rule: string,
  at: string,
): Decision {
  if (readAttribute(current, markerRule) !== undefined)
    return { action: 'skip', reason: 'already-enriched', kept: [] }
  if (!context) return { action: 'skip', reason: 'no-context', kept: [] }
  const written: string[] = []
  const kept: string[] = []
  for (const [name, value] of attributeEntries(context)) {
    const held = readAttribute(current, name)
    if (held === undefined) written.push(name)
    else if (held !== value) kept.push(name)
  }
  if (written.length === 0) return { action: 'skip', reason: 'nothing-to-change', kept }
  const patch = createAttributeMap([
    ...written.map((name): [string, string] => [name, readAttribute(context, name) ?? '']),
    [markerRule, rule],
    [markerAt, at],
  ])
  return { action: 'write', patch, written, kept }
}
