import { useEffect, useState } from 'react'

/**
 * False until the frame after this component first mounted has been painted. For work that must not compete with
 * what is on screen: an effect alone is not enough, because React runs the effects of a synchronous update (such
 * as a query result delivered through useSyncExternalStore) before the browser paints.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    // The animation frame runs just before the next paint; a task queued from it runs after that paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])
  return painted
}
