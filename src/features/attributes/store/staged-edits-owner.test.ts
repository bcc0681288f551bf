import { describe, expect, it } from 'vitest'
import { createAttributeMap } from '../../../genesys/attribute-map.ts'
import { listEdits } from '../model/edit-map.ts'
import {
  createStagedEditsStore,
  selectParticipantEdits,
  type StagedEditsStore,
} from './staged-edits-store.ts'

const server = createAttributeMap([['LoyaltyTier', 'gold']])
const agentToken = 1_000
const agent2Token = 2_000
const values = (store: StagedEditsStore) =>
  listEdits(selectParticipantEdits(store.getState(), 'c1/p1').edits).map((edit) => edit.value)
const stage = (store: StagedEditsStore, value: string) =>
  store.getState().dispatch('c1/p1', { type: 'stage', name: 'LoyaltyTier', value, server, at: 1 })

/** agent1 signed in with agentToken, `users/me` answered, and they staged a value. */
function agent1Staged(): StagedEditsStore {
  const store = createStagedEditsStore({ tokenTag: agentToken })
  store.getState().identify('agent-1', agentToken)
  stage(store, 'AGENT1-SECRET')
  return store
}

describe('staged edits belong to the user who staged them (decision 0032)', () => {
  it('a reload after a re-sign-in as someone else shows them nothing, not even a count', () => {
    agent1Staged()
    const agent2Page = createStagedEditsStore({ tokenTag: agent2Token })
    expect(agent2Page.getState().byKey.size).toBe(0)
    agent2Page.getState().identify('agent-2', agent2Token)
    expect(agent2Page.getState().owner).toBe('agent-2')
    expect(agent2Page.getState().byKey.size).toBe(0)
  })

  it('a popup re-sign-in in the same page hides them before users/me answers, and they come back for their owner', () => {
    const store = agent1Staged()
    store.getState().tokenChanged(agent2Token)
    expect(store.getState().owner).toBeUndefined()
    expect(store.getState().byKey.size).toBe(0)
    // The cached answer for the old token names nobody for the new one.
    store.getState().identify('agent-1', agentToken)
    expect(store.getState().byKey.size).toBe(0)
    store.getState().identify('agent-2', agent2Token)
    expect(store.getState().byKey.size).toBe(0)
    stage(store, 'AGENT2-OWN')
    store.getState().tokenChanged(3_000)
    store.getState().identify('agent-1', 3_000)
    expect(values(store)).toEqual(['AGENT1-SECRET'])
    store.getState().tokenChanged(4_000)
    store.getState().identify('agent-2', 4_000)
    expect(values(store)).toEqual(['AGENT2-OWN'])
  })

  it('a reload with the same token knows its owner at once: edits show on first paint', () => {
    agent1Staged()
    const reloaded = createStagedEditsStore({ tokenTag: agentToken })
    expect(reloaded.getState().owner).toBe('agent-1')
    expect(values(reloaded)).toEqual(['AGENT1-SECRET'])
  })

  it('edits staged before users/me answered get their owner then, and only from an answer for that token', () => {
    const store = createStagedEditsStore({ tokenTag: agentToken })
    stage(store, 'EARLY')
    expect(store.getState().owner).toBeUndefined()
    expect(values(store)).toEqual(['EARLY'])
    // Forced out before users/me answered: the next user's token cannot claim them.
    const next = createStagedEditsStore({ tokenTag: agent2Token })
    next.getState().identify('agent-2', agent2Token)
    expect(next.getState().byKey.size).toBe(0)
    store.getState().identify('agent-1', agentToken)
    expect(values(createStagedEditsStore({ tokenTag: agentToken }))).toEqual(['EARLY'])
  })

  it("a sign-out forgets the leaving user's edits and keeps another user's for them", () => {
    agent1Staged()
    const agent2 = createStagedEditsStore({ tokenTag: agent2Token })
    agent2.getState().identify('agent-2', agent2Token)
    stage(agent2, 'AGENT2-OWN')
    agent2.getState().clearAll()
    const back = createStagedEditsStore({ tokenTag: 5_000 })
    back.getState().identify('agent-2', 5_000)
    expect(back.getState().byKey.size).toBe(0)
    back.getState().tokenChanged(6_000)
    back.getState().identify('agent-1', 6_000)
    expect(values(back)).toEqual(['AGENT1-SECRET'])
  })

  it('another frame of the tab learns the owner from the frame whose users/me answered', () => {
    const listeners: Array<(name: string | null) => void> = []
    const subscribeToOtherFrames = (listener: (name: string | null) => void) => {
      listeners.push(listener)
      return () => undefined
    }
    agent1Staged()
    const frameA = createStagedEditsStore({ tokenTag: agent2Token, subscribeToOtherFrames })
    const frameB = createStagedEditsStore({ tokenTag: agent2Token, subscribeToOtherFrames })
    frameA.getState().identify('agent-2', agent2Token)
    listeners[1]?.(null)
    expect(frameB.getState().owner).toBe('agent-2')
    expect(frameB.getState().byKey.size).toBe(0)
  })
})
