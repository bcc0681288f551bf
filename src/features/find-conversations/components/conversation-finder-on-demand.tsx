import { loadOnDemand } from '../../../lib/load-on-demand.ts'
import type { ConversationFinderProps } from './conversation-finder.tsx'

const finder = loadOnDemand<ConversationFinderProps>(() =>
  import('./conversation-finder.tsx').then((module) => module.ConversationFinder),
)

/** The search and the recent list load as a chunk of their own: an agent's first screen does not need them. */
export function ConversationFinderOnDemand(props: ConversationFinderProps) {
  const loaded = finder.useOnDemand(true)
  return loaded.status === 'loaded' ? <loaded.component {...props} /> : null
}
