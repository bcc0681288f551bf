import { isStorageDegraded, sessionStore, subscribeStorageDegraded } from './session-store.ts'

describe('sessionStore', () => {
  it('uses sessionStorage when the browser allows it', () => {
    const store = sessionStore(window)
    expect(store.persistent).toBe(true)
    store.storage.setItem('pdw.test', 'kept')
    expect(window.sessionStorage.getItem('pdw.test')).toBe('kept')
    expect(sessionStore(window).storage).toBe(store.storage)
  })

  it('keeps a write that storage refuses (full) in memory, never throws, and says storage is degraded', () => {
    const items = new Map<string, string>()
    let full = false
    const backing = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => {
        if (full && key !== 'pdw.storage-probe') throw new DOMException('full', 'QuotaExceededError')
        items.set(key, value)
      },
      removeItem: (key: string) => void items.delete(key),
    } as unknown as Storage
    const heard = vi.fn()
    const unsubscribe = subscribeStorageDegraded(heard)
    const { storage } = sessionStore({ sessionStorage: backing })
    storage.setItem('edits', 'older')
    full = true
    expect(() => storage.setItem('edits', 'x'.repeat(10_000))).not.toThrow()
    expect(storage.getItem('edits')).toHaveLength(10_000)
    // The older copy is gone from storage: a reload must not bring back a state that is no longer true.
    expect(items.has('edits')).toBe(false)
    expect(isStorageDegraded()).toBe(true)
    expect(heard).toHaveBeenCalledTimes(1)
    full = false
    storage.setItem('edits', 'small')
    expect(items.get('edits')).toBe('small')
    unsubscribe()
  })

  it('falls back to one shared in-memory storage when reading sessionStorage throws', () => {
    const blocked = {
      get sessionStorage(): Storage {
        throw new DOMException(
          "Failed to read the 'sessionStorage' property from 'Window': Access is denied for this document.",
          'SecurityError',
        )
      },
    }
    const first = sessionStore(blocked)
    expect(first.persistent).toBe(false)
    first.storage.setItem('__proto__', 'kept')
    expect(sessionStore(blocked).storage.getItem('__proto__')).toBe('kept')
    expect(first.storage.length).toBe(1)
    expect(first.storage.key(0)).toBe('__proto__')
    first.storage.clear()
    expect(first.storage.getItem('__proto__')).toBeNull()
  })

  it('falls back when storage exists but refuses writes (quota 0)', () => {
    const refusing = {
      sessionStorage: {
        setItem: () => {
          throw new DOMException('quota', 'QuotaExceededError')
        },
      } as unknown as Storage,
    }
    expect(sessionStore(refusing).persistent).toBe(false)
  })
})
