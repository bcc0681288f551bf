import { describe, expect, it } from 'vitest'
import type { AuditEntry } from './audit-log.ts'
import { keptAuditCharacters } from './audit-log.ts'
import { createAuditLogStore, selectAuditLog } from './audit-log-store.ts'

const entry = (at: number, newValue = 'Gold'): AuditEntry => ({
  at,
  by: 'Alex',
  participantId: 'customer-leg',
  participantLabel: 'Customer',
  changes: [{ name: 'Tier', newValue, masked: false }],
})

describe('the audit log store', () => {
  it('keeps commits newest first, and a new store (a reload) reads them back', () => {
    const store = createAuditLogStore()
    store.getState().append('conv-1', entry(1))
    store.getState().append('conv-1', entry(2))
    const reloaded = createAuditLogStore().getState()
    expect(selectAuditLog(reloaded, 'conv-1').map((e) => e.at)).toEqual([2, 1])
    expect(selectAuditLog(reloaded, 'conv-2')).toEqual([])
  })

  it('adds to what another frame stored, and hears that frame’s commits', () => {
    const frames = new Set<(key: string | null) => void>()
    const subscribeToOtherFrames = (listener: (key: string | null) => void) => {
      frames.add(listener)
      return () => frames.delete(listener)
    }
    const frameA = createAuditLogStore({ subscribeToOtherFrames })
    const frameB = createAuditLogStore({ subscribeToOtherFrames })
    frameA.getState().append('conv-1', entry(1))
    for (const listener of frames) listener('pdw.audit.conv-1')
    expect(selectAuditLog(frameB.getState(), 'conv-1').map((e) => e.at)).toEqual([1])
    frameB.getState().append('conv-1', entry(2))
    expect(selectAuditLog(frameB.getState(), 'conv-1').map((e) => e.at)).toEqual([2, 1])
  })

  it('keeps the newest entry and drops the oldest beyond the kept characters', () => {
    const store = createAuditLogStore()
    const long = 'x'.repeat(keptAuditCharacters / 2)
    store.getState().append('conv-1', entry(1, long))
    store.getState().append('conv-1', entry(2, long))
    expect(selectAuditLog(store.getState(), 'conv-1').map((e) => e.at)).toEqual([2])
  })

  it('reads an unreadable history as none', () => {
    sessionStorage.setItem('pdw.audit.conv-1', '{not json')
    sessionStorage.setItem('pdw.audit.conv-2', JSON.stringify([{ at: 'yesterday' }]))
    const state = createAuditLogStore().getState()
    expect(selectAuditLog(state, 'conv-1')).toEqual([])
    expect(selectAuditLog(state, 'conv-2')).toEqual([])
  })

  it('forgets every history at sign-out, memory and storage, and leaves other keys alone', () => {
    sessionStorage.setItem('pdw.other', 'kept')
    const store = createAuditLogStore()
    store.getState().append('conv-1', entry(1))
    store.getState().append('conv-2', entry(2))
    store.getState().forgetAll()
    expect(selectAuditLog(store.getState(), 'conv-1')).toEqual([])
    expect(sessionStorage.getItem('pdw.audit.conv-1')).toBeNull()
    expect(sessionStorage.getItem('pdw.audit.conv-2')).toBeNull()
    expect(sessionStorage.getItem('pdw.other')).toBe('kept')
  })

  it('keeps two widgets on one page apart', () => {
    const one = createAuditLogStore({ subscribeToOtherFrames: () => () => undefined })
    const other = createAuditLogStore({ subscribeToOtherFrames: () => () => undefined })
    one.getState().append('conv-1', entry(1))
    expect(selectAuditLog(other.getState(), 'conv-1')).toEqual([])
  })
})
