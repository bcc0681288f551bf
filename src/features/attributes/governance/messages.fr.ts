import type { Message } from '../../../ui/i18n.tsx'
import type { GovernanceMessageKey } from './messages.ts'

/** French for ./messages.ts, in its own file so that only agents working in French download it. */
export const governanceMessagesFr = {
  tools: 'Outils',
  toolsLabel: 'Corrections groupées, export et historique pour {participant}',
  roleNote:
    'Connecté en tant que {role}. La politique des attributs détermine ce que vous voyez et pouvez modifier.',
  role_agent: 'agent',
  role_supervisor: 'superviseur',
  loadingTools: 'Chargement des corrections groupées, de l’export et de l’historique…',
  toolsFailed:
    'Les corrections groupées, l’export et l’historique n’ont pas pu être chargés. Vérifiez la connexion ; l’éditeur fonctionne sans eux.',
  toolsRetry: 'Réessayer',
} satisfies Record<GovernanceMessageKey, Message>
