import type { Message } from '../ui/i18n.tsx'
import type { AppMessageKey } from './messages.ts'

/** French for ./messages.ts, in its own file so that only agents working in French download it. */
export const appMessagesFr = {
  title: 'Données des participants',
  localEmulator: 'Émulateur local',
  configErrorTitle: 'Le widget n’est pas configuré correctement',
  configErrorHelp:
    'Demandez à votre administrateur Genesys Cloud de vérifier la configuration du widget (config.json) et l’URL de l’intégration.',
  storageBlocked:
    'Votre navigateur n’autorise pas ce panneau à conserver des données : les modifications en attente ne sont gardées que tant qu’il reste ouvert. Enregistrez-les avant de le fermer ou de le recharger, ou autorisez les cookies tiers pour ce site.',
  storageFull:
    'L’espace de stockage de ce navigateur pour le panneau est plein : les modifications mises en attente à partir de maintenant ne sont gardées que tant que le panneau reste ouvert. Enregistrez-les avant de le recharger.',
  featureFailed:
    'Cette partie du panneau ne fonctionne plus ({message}). Vos modifications en attente sont conservées ; réessayez ou rechargez le panneau.',
  reload: 'Recharger le panneau',
  tryAgain: 'Réessayer',
  userUnknown:
    'Genesys Cloud n’a pas indiqué qui est connecté ({reason}). Vos modifications en attente sont conservées ; « Enregistrer » et les mises à jour en direct attendent sa réponse. Nouvelle demande toutes les {seconds} s.',
} satisfies Record<AppMessageKey, Message>
