import { describe, expect, it } from 'vitest'
import { attributePolicySchema } from '../../../../config/attribute-policy-schema.ts'
import { createAttributeMap, readAttribute } from '../../../../genesys/attribute-map.ts'
import { accessOfRole, compilePolicy } from './access-policy.ts'
import { attributesToCsv, attributesToJson, csvExportMarker } from './export-attributes.ts'
import { exportableAttributes } from './mask-values.ts'
import { parseBulkInput } from './parse-bulk-input.ts'
import { planBulkStage } from './plan-bulk-stage.ts'

const server = createAttributeMap([
  ['CallbackNumber', '+14155550142'],
  ['Balance', '-42.50'],
  ['Formula', '=1+1'],
  ['Handle', '@maria'],
  ['Quoted', "'already quoted"],
  ['QuotedFormula', "'=x"],
  ['Apostrophe', "'"],
  ['Tabbed', '\tindented'],
  ['Note', 'Line one, "two"\nline three'],
  ['=Name', 'a name that looks like a formula'],
  ['CRM.ContactId', '003Dn00000'],
  ['Tier', 'Gold'],
])
const compiled = compilePolicy(
  attributePolicySchema.parse({
    rules: [
      { match: 'CallbackNumber', agent: 'masked', supervisor: 'masked' },
      { match: 'CRM.*', agent: 'read-only', supervisor: 'read-only' },
    ],
  }),
)
const accessOf = accessOfRole(compiled, 'supervisor')
const limits = { maxValueLength: 1_000, maxNameLength: 64, maxAttributes: 50 }

function importText(text: string) {
  const parsed = parseBulkInput(text)
  const plan = planBulkStage(parsed.pairs, parsed.errors, {
    accessOf,
    reasonOf: () => undefined,
    limits,
    existingNames: Object.keys(server),
    currentValue: (name) => readAttribute(server, name),
    stagedNames: [],
  })
  return { parsed, plan }
}

describe('export, then import of the same file', () => {
  it('stages nothing from our CSV: formula guards come off, masked dots and read-only names are skipped', () => {
    const csv = attributesToCsv(exportableAttributes(server, accessOf, false))
    expect(csv.split('\r\n')[0]).toBe(csvExportMarker)
    // Still defused for spreadsheets.
    expect(csv).toContain('CallbackNumber,••••••••')
    expect(csv).toContain("Balance,'-42.50")
    expect(csv).toContain("Formula,'=1+1")
    expect(csv).toContain("Quoted,''already quoted")
    const { parsed, plan } = importText(csv)
    expect(parsed.errors).toEqual([])
    expect(parsed.restoredCells).toBe(8)
    expect(plan.refusals).toEqual([])
    expect(plan.toStage).toEqual([])
    expect(plan.skipped.map((skip) => [skip.name, skip.kind])).toEqual([
      ['CallbackNumber', 'masked'],
      ['CRM.ContactId', 'read-only-unchanged'],
    ])
    expect(plan.unchanged).toBe(10)
  })

  it('round-trips every value exactly when the policy lets masked values out in clear', () => {
    const csv = attributesToCsv(exportableAttributes(server, accessOf, true))
    const { parsed } = importText(csv)
    expect(Object.fromEntries(parsed.pairs.map((pair) => [pair.name, pair.value]))).toEqual({ ...server })
    expect(importText(csv).plan.toStage).toEqual([])
  })

  it('stages nothing from our JSON either, and never writes the dots', () => {
    const { plan } = importText(attributesToJson(exportableAttributes(server, accessOf, false)))
    expect(plan.toStage).toEqual([])
    expect(plan.skipped.map((skip) => skip.name)).toEqual(['CallbackNumber', 'CRM.ContactId'])
  })

  it('keeps apostrophes in files that are not ours, and still refuses a changed read-only name', () => {
    const { parsed, plan } = importText("name,value\nTier,'Gold\nCRM.ContactId,changed")
    expect(parsed.restoredCells).toBe(0)
    expect(parsed.pairs[0]?.value).toBe("'Gold")
    expect(plan.refusals).toEqual([expect.objectContaining({ kind: 'policy', name: 'CRM.ContactId' })])
    expect(plan.toStage).toEqual([])
  })
})
