/** Keys of any Storage, including the in-memory stand-in (Object.keys only works on the browser's own). */
export function storageKeys(storage: Storage): string[] {
  const keys: string[] = []
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index)
    if (key !== null) keys.push(key)
  }
  return keys
}
