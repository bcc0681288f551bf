import type { MessageBundle } from '../../../ui/i18n.tsx'

const en = {
  tools: 'Tools',
  toolsLabel: 'Bulk corrections, export and history for {participant}',
  roleNote: 'Signed in as {role}. The attribute policy decides what you see and may change.',
  role_agent: 'agent',
  role_supervisor: 'supervisor',
  loadingTools: 'Loading bulk corrections, export and history…',
  toolsFailed:
    'Bulk corrections, export and history could not be loaded. Check the connection; the editor works without them.',
  toolsRetry: 'Try again',
}

export type GovernanceMessageKey = keyof typeof en

export const governanceMessages: MessageBundle<GovernanceMessageKey> = {
  id: 'governance',
  en,
}
