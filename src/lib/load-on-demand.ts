import { useEffect, useSyncExternalStore, type ComponentType } from 'react'

export type OnDemandState<Props> =
  { status: 'idle' | 'loading' | 'failed' } | { status: 'loaded'; component: ComponentType<Props> }

export interface OnDemand<Props> {
  /** Starts the load once (again after a failure); call it early when the part will surely be needed. */
  preload: () => void
  /** The part's state now; starts the load (after commit, never during render) the first time it is `wanted`. */
  useOnDemand: (wanted: boolean) => OnDemandState<Props>
}

/**
 * A component whose code is a chunk of its own, fetched the first time it is wanted. Not `React.lazy`: React 19
 * holds back content that replaces a Suspense fallback for at least 300 ms, and a chunk that fails to load
 * throws to the nearest error boundary (none here: the whole widget would go). With this the caller draws its own
 * placeholder, shows the part the moment it arrives, renders it at once on every later mount, and decides what a
 * failed load means.
 */
export function loadOnDemand<Props>(load: () => Promise<ComponentType<Props>>): OnDemand<Props> {
  let state: OnDemandState<Props> = { status: 'idle' }
  const listeners = new Set<() => void>()
  const settle = (next: OnDemandState<Props>) => {
    state = next
    for (const listener of listeners) listener()
  }
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }
  const read = () => state
  const preload = () => {
    if (state.status === 'loading' || state.status === 'loaded') return
    settle({ status: 'loading' })
    load().then(
      (component) => settle({ status: 'loaded', component }),
      () => settle({ status: 'failed' }),
    )
  }
  function useOnDemand(wanted: boolean): OnDemandState<Props> {
    const current = useSyncExternalStore(subscribe, read)
    // Only from idle: a failed load is retried by the user (preload), not by every render.
    useEffect(() => {
      if (wanted && current.status === 'idle') preload()
    }, [wanted, current.status])
    return current
  }
  return { preload, useOnDemand }
}
