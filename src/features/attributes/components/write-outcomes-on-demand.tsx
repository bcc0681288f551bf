import { loadOnDemand } from '../../../lib/load-on-demand.ts'
import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import type { WriteOutcomesProps } from './write-outcomes.tsx'

// Most loads never see an unconfirmed or replacing write, so their notices are a chunk of their own, fetched when
// the first commit goes out (long before its outcome can need them).
const writeOutcomes = loadOnDemand<WriteOutcomesProps>(() =>
  import('./write-outcomes.tsx').then((module) => module.WriteOutcomes),
)

/**
 * The notices of WriteOutcomes, loaded on demand. If the code cannot load when it is needed, the rows still say
 * "Sent, but … does not show it yet" (their own note), and this says the choices could not load, with a retry.
 */
export function WriteOutcomesOnDemand({ sending, ...props }: WriteOutcomesProps & { sending: boolean }) {
  const needed = props.inDoubt.length > 0 || props.replaced.length > 0
  const part = writeOutcomes.useOnDemand(sending || needed)
  if (!needed) return null
  if (part.status === 'loaded') return <part.component {...props} />
  if (part.status !== 'failed') return null
  return (
    <Alert tone="warning">
      <p>{props.t('outcomesUnavailable')}</p>
      <Button onClick={writeOutcomes.preload}>{props.t('retry')}</Button>
    </Alert>
  )
}
