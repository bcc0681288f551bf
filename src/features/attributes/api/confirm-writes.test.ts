import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { createAttributeMap } from '../../../genesys/attribute-map.ts'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import type { Conversation } from '../../../genesys/schemas.ts'
import { confirmWrites } from './confirm-writes.ts'
import {
  isOptimisticConversation,
  serverTruthOf,
  rollbackOptimistic,
  showOptimistically,
} from './optimistic-conversation.ts'

const server = createAttributeMap([['tier', 'gold']])

describe('confirmWrites', () => {
  it('polls on its schedule and gives up, saying so, when the server never shows the value', async () => {
    const readServer = vi.fn(() => Promise.resolve(server))
    const onGiveUp = vi.fn()
    await confirmWrites({
      isWaiting: () => true,
      readServer,
      onServer: () => undefined,
      onGiveUp,
      signal: new AbortController().signal,
      delaysMs: [1, 1, 1],
    })
    expect(readServer).toHaveBeenCalledTimes(3)
    expect(onGiveUp).toHaveBeenCalledTimes(1)
  })

  it('stops as soon as the writes are confirmed, and survives a failed poll', async () => {
    let waiting = true
    const readServer = vi
      .fn<() => Promise<typeof server>>()
      .mockRejectedValueOnce(new Error('network'))
      .mockResolvedValue(server)
    const onGiveUp = vi.fn()
    await confirmWrites({
      isWaiting: () => waiting,
      readServer,
      onServer: () => {
        waiting = false
      },
      onGiveUp,
      signal: new AbortController().signal,
      delaysMs: [1, 1, 1, 1],
    })
    expect(readServer).toHaveBeenCalledTimes(2)
    expect(onGiveUp).not.toHaveBeenCalled()
  })

  it('does nothing more once aborted (the panel unmounted)', async () => {
    const controller = new AbortController()
    const readServer = vi.fn(() => Promise.resolve(server))
    const onGiveUp = vi.fn()
    const done = confirmWrites({
      isWaiting: () => true,
      readServer,
      onServer: () => undefined,
      onGiveUp,
      signal: controller.signal,
      delaysMs: [50],
    })
    controller.abort()
    await done
    expect(readServer).not.toHaveBeenCalled()
    expect(onGiveUp).not.toHaveBeenCalled()
  })
})

describe('optimistic conversation', () => {
  const conversation: Conversation = {
    id: 'c1',
    participants: [{ id: 'p1', purpose: 'customer', attributes: server }],
  }

  it('marks its own entry and rolls back only if nothing newer arrived', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { structuralSharing: false } } })
    const key = genesysKeys.conversation('c1')
    queryClient.setQueryData(key, conversation)
    const snapshot = await showOptimistically(
      queryClient,
      'c1',
      'p1',
      createAttributeMap([['tier', 'silver']]),
    )
    const shown = queryClient.getQueryData<Conversation>(key)
    expect(shown && isOptimisticConversation(shown)).toBe(true)
    expect(shown?.participants[0]?.attributes.tier).toBe('silver')
    expect(shown && serverTruthOf(shown)).toBe(conversation)
    rollbackOptimistic(queryClient, 'c1', snapshot)
    expect(queryClient.getQueryData(key)).toBe(conversation)

    const again = await showOptimistically(queryClient, 'c1', 'p1', createAttributeMap([['tier', 'silver']]))
    const live: Conversation = {
      ...conversation,
      participants: [
        { id: 'p1', purpose: 'customer', attributes: createAttributeMap([['tier', 'platinum']]) },
      ],
    }
    queryClient.setQueryData(key, live)
    rollbackOptimistic(queryClient, 'c1', again)
    expect(queryClient.getQueryData(key)).toBe(live)
    expect(isOptimisticConversation(live)).toBe(false)
  })
})
