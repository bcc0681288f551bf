import type { Message } from '../../../ui/i18n.tsx'
import type { GovernanceMessageKey } from './messages.ts'

/** German for ./messages.ts, in its own file so that only agents working in German download it. */
export const governanceMessagesDe = {
  tools: 'Werkzeuge',
  toolsLabel: 'Sammelkorrekturen, Export und Verlauf für {participant}',
  roleNote: 'Angemeldet als {role}. Die Attributrichtlinie bestimmt, was Sie sehen und ändern dürfen.',
  role_agent: 'Agent',
  role_supervisor: 'Supervisor',
  loadingTools: 'Sammelkorrekturen, Export und Verlauf werden geladen…',
  toolsFailed:
    'Sammelkorrekturen, Export und Verlauf konnten nicht geladen werden. Prüfen Sie die Verbindung; der Editor funktioniert auch ohne sie.',
  toolsRetry: 'Erneut versuchen',
} satisfies Record<GovernanceMessageKey, Message>
