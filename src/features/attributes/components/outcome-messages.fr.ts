import type { Message } from '../../../ui/i18n.tsx'
import type { OutcomeMessageKey } from './outcome-messages.ts'

/** French for ./outcome-messages.ts, in its own file so that only agents working in French download it. */
export const outcomeMessagesFr = {
  inDoubtTitle: 'Envoyé, mais Genesys Cloud ne l’affiche pas encore',
  inDoubtRow: '« {name} » : la vôtre {mine} ; le serveur affiche {server}.',
  inDoubtHint:
    'Elle peut encore être appliquée. Rien n’est renvoyé automatiquement : renvoyer pourrait écraser une modification faite entre-temps.',
  checkAgain: 'Vérifier à nouveau',
  checkAgainLabel: 'Vérifier à nouveau le serveur pour {name}',
  sendAgain: 'Renvoyer',
  sendAgainLabel: 'Renvoyer {name}',
  checkAllAgain: 'Tout vérifier à nouveau',
  sendAllAgain: {
    one: 'Renvoyer les {count}',
    other: 'Renvoyer les {count}',
  },
  forget: 'Oublier',
  forgetLabel: 'Oublier la modification non confirmée de {name}',
  replacedRow:
    'Votre modification de « {name} » ({mine}) a remplacé {theirs}, écrit par quelqu’un d’autre pendant l’enregistrement de la vôtre.',
  replacedMovedOn: 'La valeur a changé de nouveau depuis : le serveur affiche maintenant {server}.',
  putBack: 'Remettre leur valeur',
  putBackLabel: 'Remettre la valeur de {name} que votre modification a remplacée',
  dismiss: 'Masquer',
  dismissLabel: 'Masquer l’avis concernant {name}',
} satisfies Record<OutcomeMessageKey, Message>
