import { sessionStore } from './session-store.ts'

describe('sessionStore', () => {
  it('uses sessionStorage when the browser allows it', () => {
    const store = sessionStore(window)
    expect(store).toEqual({ storage: window.sessionStorage, persistent: true })
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
