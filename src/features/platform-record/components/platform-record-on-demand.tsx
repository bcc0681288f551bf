import { loadOnDemand } from '../../../lib/load-on-demand.ts'
import type { PlatformRecordProps } from './platform-record.tsx'

const record = loadOnDemand<PlatformRecordProps>(() =>
  import('./platform-record.tsx').then((module) => module.PlatformRecord),
)

/** Loaded for supervisors only, as a chunk of its own. */
export function PlatformRecordOnDemand(props: PlatformRecordProps) {
  const loaded = record.useOnDemand(true)
  return loaded.status === 'loaded' ? <loaded.component {...props} /> : null
}
