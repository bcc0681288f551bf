import { useEffect, useState } from 'react'
import type { Translate } from '../../../ui/i18n.tsx'
import type { AttributeMessageKey } from '../messages.ts'

/** How long a revealed value stays shown; once the time is up, that it stays until the user leaves the field. */
export function RevealCountdown({ until, t }: { until: number; t: Translate<AttributeMessageKey> }) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  const seconds = Math.max(0, Math.ceil((until - now) / 1000))
  // Not a live region: a message every second would drown what the user is typing.
  return <p className="attr-note">{seconds > 0 ? t('revealRemaining', { seconds }) : t('revealHeld')}</p>
}
