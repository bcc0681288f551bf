import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * Names whose masked value the user asked to see, each for `seconds`; then the dots come back by themselves.
 * Reveal state lives only in memory: a reload masks everything again.
 */
export function useRevealedNames(seconds: number): {
  revealed: ReadonlySet<string>
  reveal: (name: string) => void
} {
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set())
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>())

  useEffect(() => {
    const pending = timers.current
    return () => {
      for (const timer of pending.values()) clearTimeout(timer)
    }
  }, [])

  const reveal = useCallback(
    (name: string) => {
      clearTimeout(timers.current.get(name))
      setRevealed((current) => new Set([...current, name]))
      timers.current.set(
        name,
        setTimeout(() => {
          timers.current.delete(name)
          setRevealed((current) => new Set([...current].filter((shown) => shown !== name)))
        }, seconds * 1000),
      )
    },
    [seconds],
  )
  return { revealed, reveal }
}
