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
const resilient = new WeakMap<Storage, Storage>()
const degradedListeners = new Set<() => void>()
let degraded = false

/**
 * sessionStorage whose writes never throw. A full storage (QuotaExceededError), or one the browser withdraws
 * mid-session, used to throw inside a commit and take the whole widget down. Here a refused write is kept in
 * memory for this page instead (reads see it), and the page is told once, so it can say that a reload would lose
 * what could not be stored. A later write of the same key that fits goes to storage again.
 */
class ResilientStorage implements Storage {
  private readonly overlay = new MemoryStorage()
  constructor(private readonly backing: Storage) {}
  get length(): number {
    return this.safely(() => this.backing.length, 0) + this.overlay.length
  }
  clear(): void {
    this.overlay.clear()
    this.safely(() => this.backing.clear(), undefined)
  }
  getItem(key: string): string | null {
    const kept = this.overlay.getItem(key)
    return kept ?? this.safely(() => this.backing.getItem(key), null)
  }
  key(index: number): string | null {
    return this.safely(() => this.backing.key(index), null)
  }
  removeItem(key: string): void {
    this.overlay.removeItem(key)
    this.safely(() => this.backing.removeItem(key), undefined)
  }
  setItem(key: string, value: string): void {
    try {
      this.backing.setItem(key, value)
      this.overlay.removeItem(key)
    } catch {
      this.overlay.setItem(key, value)
      // The older value must not outlive this page: a reload would bring back a state that is no longer true
      // (an edit already sent would come back as staged, and be sent twice). Removing frees space and cannot fail
      // for lack of it.
      this.safely(() => this.backing.removeItem(key), undefined)
      markDegraded()
    }
  }
  private safely<T>(read: () => T, otherwise: T): T {
    try {
      return read()
    } catch {
      markDegraded()
      return otherwise
    }
  }
}

function markDegraded(): void {
  if (degraded) return
  degraded = true
  for (const listener of degradedListeners) listener()
}

/** True once a write could not be stored: what the page holds now would not survive a reload. */
export function isStorageDegraded(): boolean {
  return degraded
}

export function subscribeStorageDegraded(listener: () => void): () => void {
  degradedListeners.add(listener)
  return () => degradedListeners.delete(listener)
}

function resilientStorage(storage: Storage): Storage {
  let wrapped = resilient.get(storage)
  if (!wrapped) {
    wrapped = new ResilientStorage(storage)
    resilient.set(storage, wrapped)
  }
  return wrapped
}

const decided = new WeakMap<object, SessionStore>()

/**
 * Decided once per window: whether the browser lets this frame have storage is a property of the frame, and a
 * storage that fills up later must not flip the widget to an empty in-memory one (its tokens and edits would
 * vanish from every read); the resilient wrapper handles a full storage instead.
 */
export function sessionStore(
  win: Pick<Window, 'sessionStorage'> | undefined = typeof window === 'undefined' ? undefined : window,
): SessionStore {
  const known = win ? decided.get(win) : undefined
  if (known) return known
  const store = probeSessionStorage(win)
  if (win) decided.set(win, store)
  return store
}

function probeSessionStorage(win: Pick<Window, 'sessionStorage'> | undefined): SessionStore {
  try {
    const storage = win?.sessionStorage
    if (!storage) throw new Error('no sessionStorage')
    const probe = 'pdw.storage-probe'
    storage.setItem(probe, '1')
    storage.removeItem(probe)
    return { storage: resilientStorage(storage), persistent: true }
  } catch {
    fallback ??= { storage: new MemoryStorage(), persistent: false }
    return fallback
  }
}
