import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { RevealControl } from '../../components/reveal-context.ts'

/**
 * Names whose masked value the user asked to see, each for `seconds`; then the dots come back by themselves, but
 * never while the user is editing the value (its field has focus or a draft): that would discard what they typed
 * and drop their focus. A held name is masked the moment the hold ends, if its time is up by then.
 * Reveal state lives only in memory: a reload masks everything again.
 */
export function useRevealedNames(seconds: number): {
  revealed: ReadonlySet<string>
  reveal: (name: string) => void
  control: RevealControl
} {
  const [until, setUntil] = useState<ReadonlyMap<string, number>>(() => new Map())
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>())
  const held = useRef(new Set<string>())
  // Read by `hold` without making it change whenever a deadline does (the rows would all re-render).
  const untilNow = useRef(until)
  useEffect(() => {
    untilNow.current = until
  }, [until])

  useEffect(() => {
    const pending = timers.current
    return () => {
      for (const timer of pending.values()) clearTimeout(timer)
    }
  }, [])

  const mask = useCallback((name: string) => {
    timers.current.delete(name)
    if (held.current.has(name)) return
    setUntil((current) => {
      const next = new Map(current)
      next.delete(name)
      return next
    })
  }, [])

  const reveal = useCallback(
    (name: string) => {
      clearTimeout(timers.current.get(name))
      setUntil((current) => new Map(current).set(name, Date.now() + seconds * 1000))
      timers.current.set(
        name,
        setTimeout(() => mask(name), seconds * 1000),
      )
    },
    [seconds, mask],
  )

  // Stable: a row releases its hold when this changes, so a new identity would mask a value mid-edit.
  const hold = useCallback(
    (name: string, holding: boolean) => {
      if (holding) return void held.current.add(name)
      if (!held.current.delete(name)) return
      // The time ran out during the hold (its timer has fired and found it held): mask now.
      if (untilNow.current.has(name) && !timers.current.has(name)) mask(name)
    },
    [mask],
  )
  const control = useMemo<RevealControl>(() => ({ until: (name) => until.get(name), hold }), [until, hold])
  const revealed = useMemo(() => new Set(until.keys()), [until])
  return { revealed, reveal, control }
}
