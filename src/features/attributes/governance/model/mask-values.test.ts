import { describe, expect, it } from 'vitest'
import { createAttributeMap } from '../../../../genesys/attribute-map.ts'
import { createEditMap } from '../../model/edit-map.ts'
import { deriveRows } from '../../model/derive-rows.ts'
import { planCommit } from '../../model/plan-commit.ts'
import type { AccessOf } from '../../model/attribute-access.ts'
import { attributesToCsv, attributesToJson, csvExportMarker } from './export-attributes.ts'
import { exportableAttributes, maskedValue, presentRows } from './mask-values.ts'

const accessOf: AccessOf = (name) =>
  name === 'Account' ? 'masked' : name === 'Secret' ? 'hidden' : name === 'CRM' ? 'read-only' : 'editable'
const server = createAttributeMap([
  ['Account', '4410-2291'],
  ['Secret', 's3cr3t'],
  ['CRM', 'crm-1'],
  ['Tier', 'Gold'],
])

describe('presentRows', () => {
  const edits = createEditMap([
    { name: 'Account', value: '9999-0000', baseValue: '1111', stagedAt: 1, phase: 'staged' },
  ])
  const liveChanges = [{ name: 'Account', oldValue: '0000-1111', newValue: '4410-2291', at: 2 }]
  const rows = deriveRows(server, edits, liveChanges)

  it('drops hidden names and leaves no masked value anywhere in the row', () => {
    const shown = presentRows(rows, accessOf, new Set())
    expect(shown.map((row) => row.name)).toEqual(['Account', 'CRM', 'Tier'])
    const text = JSON.stringify(shown)
    for (const secret of ['4410-2291', '9999-0000', '0000-1111', '1111', 's3cr3t'])
      expect(text).not.toContain(secret)
    expect(shown[0]).toMatchObject({ access: 'masked', displayedValue: maskedValue, status: 'conflict' })
    expect(shown[1]?.access).toBe('read-only')
    expect(shown[2]?.access).toBeUndefined()
  })

  it('shows a revealed masked value as it is, editable', () => {
    const shown = presentRows(rows, accessOf, new Set(['Account']))
    expect(shown[0]).toMatchObject({ access: 'editable', displayedValue: '9999-0000' })
  })
})

describe('planCommit under a policy (defence in depth)', () => {
  it('never sends hidden or read-only names, and says which were refused', () => {
    const edits = createEditMap(
      ['Account', 'Secret', 'CRM', 'Tier'].map((name) => ({
        name,
        value: 'new',
        baseValue: server[name],
        stagedAt: 1,
        phase: 'staged' as const,
      })),
    )
    const plan = planCommit(edits, server, accessOf)
    expect(plan.names).toEqual(['Account', 'Tier'])
    expect(plan.refused).toEqual(['Secret', 'CRM'])
    expect({ ...plan.patch }).toEqual({ Account: 'new', Tier: 'new' })
  })
})

describe('export', () => {
  it('leaves hidden names out and masks masked values unless exportMasked', () => {
    expect(exportableAttributes(server, accessOf, false)).toEqual([
      ['Account', maskedValue],
      ['CRM', 'crm-1'],
      ['Tier', 'Gold'],
    ])
    expect(exportableAttributes(server, accessOf, true)[0]).toEqual(['Account', '4410-2291'])
  })
  it('writes RFC 4180 CSV with formula cells defused, and JSON that keeps __proto__', () => {
    expect(
      attributesToCsv([
        ['Note', 'a, "b"\nc'],
        ['F', '=1+1'],
      ]),
    ).toBe(`${csvExportMarker}\r\nname,value\r\nNote,"a, ""b""\nc"\r\nF,'=1+1\r\n`)
    expect(JSON.parse(attributesToJson([['__proto__', 'x']])) as unknown).toEqual(
      JSON.parse('{"__proto__":"x"}') as unknown,
    )
  })
})
