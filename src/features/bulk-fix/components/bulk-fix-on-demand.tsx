import { loadOnDemand } from '../../../lib/load-on-demand.ts'
import type { BulkFixProps } from './bulk-fix.tsx'

const bulkFix = loadOnDemand<BulkFixProps>(() => import('./bulk-fix.tsx').then((module) => module.BulkFix))

/** Bulk corrections are a chunk of their own, loaded for supervisors only. */
export function BulkFixOnDemand(props: BulkFixProps) {
  const loaded = bulkFix.useOnDemand(true)
  return loaded.status === 'loaded' ? <loaded.component {...props} /> : null
}
