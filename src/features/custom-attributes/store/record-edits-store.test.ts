import { describe, expect, it } from 'vitest'
import { createValueMap } from '../../../genesys/custom-attributes-schemas.ts'
import { readPersistedRecordEdits, recordEditsStorageKey } from './persisted-record-edits.ts'
import { createRecordEditsStore } from './record-edits-store.ts'

const server = createValueMap([['amount', 1]])

describe('record edits in sessionStorage', () => {
  it('survive a new store (a reload) and keep another frame’s entries', () => {
    sessionStorage.setItem(
      recordEditsStorageKey,
      JSON.stringify({
        version: 1,
        state: {
          entries: [{ key: 'other/r', baseVersion: 3, edits: [{ field: 'x', value: 'y', stagedAt: 1 }] }],
        },
      }),
    )
    const first = createRecordEditsStore()
    first
      .getState()
      .dispatch({ type: 'stage', key: 'c/r', field: 'amount', value: 2, server, version: 7, at: 5 })
    const reloaded = createRecordEditsStore().getState().edits
    expect(reloaded['c/r']).toMatchObject({ baseVersion: 7, edits: { amount: { value: 2, baseValue: 1 } } })
    expect(reloaded['other/r']?.edits.x?.value).toBe('y')
  })

  it('drops a corrupt edit alone, and everything of another stored version', () => {
    const state = readPersistedRecordEdits({
      entries: [
        {
          key: 'c/r',
          baseVersion: 1,
          edits: [
            { field: 'a', value: { no: 'objects' }, stagedAt: 1 },
            { field: 'b', value: 3, stagedAt: 1 },
          ],
        },
        { key: '', baseVersion: 1, edits: [] },
        'garbage',
      ],
    })
    expect(Object.keys(state)).toEqual(['c/r'])
    expect(Object.keys(state['c/r']?.edits ?? {})).toEqual(['b'])
    sessionStorage.setItem(recordEditsStorageKey, JSON.stringify({ version: 99, state: { entries: [] } }))
    expect(createRecordEditsStore().getState().edits).toEqual({})
    sessionStorage.setItem(recordEditsStorageKey, '{not json')
    expect(createRecordEditsStore().getState().edits).toEqual({})
  })
})

describe('record edits without storage', () => {
  it('keep working in memory when touching sessionStorage throws (a cross-site frame with storage blocked)', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }
    const store = createRecordEditsStore(blocked)
    store
      .getState()
      .dispatch({ type: 'stage', key: 'c/r', field: 'amount', value: 2, server, version: 1, at: 1 })
    expect(store.getState().edits['c/r']?.edits.amount?.value).toBe(2)
  })
})
