/**
 * sessionStorage when the browser lets the widget have it, else an in-memory stand-in.
 *
 * Inside Genesys Cloud the widget is a cross-site iframe. Browsers that block third-party storage (Chrome with
 * third-party cookies blocked, incognito windows, Safari) throw on the mere *read* of `window.sessionStorage`
 * there. The widget must still start: it keeps state in memory for the life of the frame, signs in by popup
 * (a redirect would lose the PKCE verifier), and tells the user that a reload will lose staged edits.
 */
export interface SessionStore {
  storage: Storage
  /** False when the browser refused storage: state lasts only as long as this frame. */
  persistent: boolean
}

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>()
  get length(): number {
    return this.items.size
  }
  clear(): void {
    this.items.clear()
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null
  }
  removeItem(key: string): void {
    this.items.delete(key)
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value))
  }
}

let fallback: SessionStore | undefined

export function sessionStore(
  win: Pick<Window, 'sessionStorage'> | undefined = typeof window === 'undefined' ? undefined : window,
): SessionStore {
  try {
    const storage = win?.sessionStorage
    if (!storage) throw new Error('no sessionStorage')
    const probe = 'pdw.storage-probe'
    storage.setItem(probe, '1')
    storage.removeItem(probe)
    return { storage, persistent: true }
  } catch {
    fallback ??= { storage: new MemoryStorage(), persistent: false }
    return fallback
  }
}
