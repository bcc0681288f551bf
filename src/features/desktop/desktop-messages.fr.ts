import type { Message } from '../../ui/i18n.tsx'
import type { DesktopMessageKey } from './desktop-messages.ts'

/** French for ./desktop-messages.ts, in its own file so that only agents working in French download it. */
export const desktopMessagesFr = {
  toastTitle: 'Données des participants',
  changedElsewhere: {
    one: '« {names} » a été modifié par un flux ou un autre utilisateur alors que vous aviez une modification en attente. Ouvrez le panneau pour choisir la valeur à garder.',
    other:
      '{count} valeurs ({names}) ont été modifiées par un flux ou un autre utilisateur alors que vous aviez des modifications en attente. Ouvrez le panneau pour choisir les valeurs à garder.',
  },
  commitFailed: {
    one: 'L’enregistrement de « {names} » a échoué : {reason} Votre modification est conservée dans le panneau.',
    other:
      'L’enregistrement de {count} modifications ({names}) a échoué : {reason} Vos modifications sont conservées dans le panneau.',
  },
  unsavedOnStop: {
    one: '{count} modification des données des participants n’est pas encore enregistrée. Rouvrez cette interaction pour la vérifier et l’enregistrer.',
    other:
      '{count} modifications des données des participants ne sont pas encore enregistrées. Rouvrez cette interaction pour les vérifier et les enregistrer.',
  },
} satisfies Record<DesktopMessageKey, Message>
