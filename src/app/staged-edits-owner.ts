import { useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useStagedEditsStore } from '../features/attributes/store/staged-edits-provider.tsx'
import { genesysKeys } from '../genesys/query-keys.ts'

/**
 * Tells the staged edits whose they are (decision 0032). A token may belong to someone else than the last one (a
 * re-sign-in after a forced sign-out), so `users/me` is asked again for every new token, and only an answer that
 * arrived after the token did names its owner: the cached answer is the previous user's.
 */
export function useStagedEditsOwner(me: UseQueryResult<{ id: string }>, tokenTag: number | undefined): void {
  const store = useStagedEditsStore()
  const queryClient = useQueryClient()
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    // Cancels a request still on its way with the old token, and asks again with the new one.
    if (tokenTag !== undefined) void queryClient.invalidateQueries({ queryKey: genesysKeys.me() })
  }, [queryClient, tokenTag])
  const userId = me.data?.id
  const answeredAt = me.dataUpdatedAt
  useEffect(() => {
    if (userId === undefined || tokenTag === undefined || answeredAt < tokenTag) return
    store.getState().identify(userId, tokenTag)
  }, [store, userId, answeredAt, tokenTag])
}
