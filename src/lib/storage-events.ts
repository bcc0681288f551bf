/**
 * Several widget frames of one tab share one sessionStorage, and the `storage` event tells each frame when
 * another one wrote to it (never the frame that wrote). `key` is null when the storage was cleared.
 */
export function subscribeToStorageEvents(onChange: (key: string | null) => void): () => void {
  if (typeof window === 'undefined') return () => undefined
  const listener = (event: StorageEvent) => onChange(event.key)
  window.addEventListener('storage', listener)
  return () => window.removeEventListener('storage', listener)
}
