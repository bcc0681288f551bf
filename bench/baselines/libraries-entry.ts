// The design card's floor: every library the widget's first paint needs (React, React DOM, React Query with a query
// and a mutation, zustand with its persist middleware, zod/mini parsing a conversation-like shape, an error
// boundary), doing one small thing each. Whatever the widget adds above this is its own code.
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { createElement, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ErrorBoundary } from 'react-error-boundary'
import * as z from 'zod/mini'
import { useStore } from 'zustand'
import { persist } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'

const conversationSchema = z.object({
  id: z.string(),
  participants: z.array(
    z.object({
      id: z.string(),
      purpose: z.optional(z.string()),
      attributes: z.record(z.string(), z.string()),
    }),
  ),
  state: z.catch(z.nullable(z.union([z.literal('connected'), z.literal('disconnected')])), null),
})
const selection = createStore(persist<{ chosen: string | null }>(() => ({ chosen: null }), { name: 'floor' }))

function Floor() {
  const conversation = useQuery({
    queryKey: ['conversation'],
    queryFn: async () => conversationSchema.parse(await (await fetch('/conversation')).json()),
  })
  const commit = useMutation({ mutationFn: () => fetch('/conversation', { method: 'PATCH' }) })
  const chosen = useStore(selection, (state) => state.chosen)
  return createElement('button', { onClick: () => commit.mutate() }, conversation.data?.id ?? chosen)
}

const container = document.createElement('div')
document.body.append(container)
createRoot(container).render(
  createElement(
    StrictMode,
    null,
    createElement(
      ErrorBoundary,
      { fallback: createElement('p', null, 'Participant data') },
      createElement(QueryClientProvider, { client: new QueryClient() }, createElement(Floor)),
    ),
  ),
)
