import { describe, expect, it } from 'vitest'
import { createSelectionStore, selectionStorageName } from './selection-store.ts'

describe('the selection store', () => {
  it('is restored by a new store (a reload or a sign-in redirect) from sessionStorage', () => {
    const first = createSelectionStore()
    first.getState().chooseConversation('conv-1')
    first.getState().chooseParticipant('conv-1', 'customer-leg')
    const reloaded = createSelectionStore().getState()
    expect(reloaded.conversationId).toBe('conv-1')
    expect(reloaded.participantByConversation).toEqual({ 'conv-1': 'customer-leg' })
  })

  it('keeps two widgets on one page apart', () => {
    const one = createSelectionStore()
    const other = createSelectionStore()
    one.getState().chooseConversation('conv-1')
    expect(other.getState().conversationId).toBeNull()
  })

  it('falls back to nothing chosen for what it cannot read, and for another stored version', () => {
    sessionStorage.setItem(
      selectionStorageName,
      JSON.stringify({ version: 1, state: { conversationId: 7, participantByConversation: { a: 'b' } } }),
    )
    expect(createSelectionStore().getState()).toMatchObject({
      conversationId: null,
      participantByConversation: { a: 'b' },
    })
    sessionStorage.setItem(
      selectionStorageName,
      JSON.stringify({ version: 0, state: { conversationId: 'old', participantByConversation: {} } }),
    )
    expect(createSelectionStore().getState().conversationId).toBeNull()
  })

  it('forgets the selection, stored copy included, at sign-out', () => {
    const store = createSelectionStore()
    store.getState().chooseConversation('conv-1')
    store.getState().forgetSelection()
    expect(createSelectionStore().getState().conversationId).toBeNull()
  })
})
