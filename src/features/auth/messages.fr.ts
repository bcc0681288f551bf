import type { Message } from '../../ui/i18n.tsx'
import type { AuthMessageKey } from './messages.ts'

/** French for ./messages.ts, in its own file so that only agents working in French download it. */
export const authMessagesFr = {
  signInTitle: 'Connexion à Genesys Cloud',
  signInIntro: 'Ce widget lit et corrige les données des participants avec votre compte Genesys Cloud.',
  signIn: 'Se connecter',
  signingIn: 'Connexion…',
  signOut: 'Se déconnecter',
  signOutUnsaved: {
    one: 'Vous avez {count} modification non enregistrée. La déconnexion la supprime, pour que la prochaine personne utilisant ce navigateur ne puisse pas l’envoyer.',
    other:
      'Vous avez {count} modifications non enregistrées. La déconnexion les supprime, pour que la prochaine personne utilisant ce navigateur ne puisse pas les envoyer.',
  },
  signOutDiscard: 'Se déconnecter et supprimer',
  signOutKeep: 'Continuer à travailler',
  tryAgain: 'Réessayer',
  regionLabel: 'Région',
  regionEmulator: 'Émulateur local ({origin})',
  implicitRetirementNotice:
    'Ce widget se connecte avec l’octroi implicite, que Genesys Cloud retire progressivement (plus de nouveaux clients implicites à partir de 2026, plus de connexion implicite en 2027). Demandez à votre administrateur de passer le client OAuth en Code Authorization avec PKCE.',
  popupCallbackDone: 'Connecté. Vous pouvez fermer cette fenêtre.',
  sessionEndsIn: 'Votre session Genesys se termine dans {seconds} s.',
  sessionEnded:
    'Votre session Genesys est terminée. Vos modifications sont conservées ; reconnectez-vous pour les enregistrer.',
  renew: 'Prolonger',
  renewing: 'Prolongation…',
  failureAccessDenied:
    'Genesys Cloud n’a pas accordé l’accès (connexion annulée ou autorisation refusée). Reconnectez-vous et acceptez la demande, ou demandez les autorisations nécessaires à votre administrateur.',
  failureUnknownClient:
    'Genesys Cloud ne connaît pas le client OAuth de cette application dans cette région. Demandez à votre administrateur de vérifier l’ID client et la région dans config.json.',
  failureWrongGrant:
    'Le client OAuth n’est pas configuré pour ce type de connexion. Demandez à votre administrateur de vérifier le type d’octroi (PKCE ou implicite) dans Genesys Cloud et dans config.json.',
  failureWrongRedirectUri:
    'Genesys Cloud a refusé l’adresse de cette application comme URI de redirection. Demandez à votre administrateur de l’ajouter aux URI de redirection du client OAuth.',
  failurePopupBlocked:
    'Le navigateur a bloqué la fenêtre de connexion. Autorisez les fenêtres pop-up pour ce site, puis réessayez.',
  failurePopupClosed:
    'La fenêtre de connexion s’est fermée avant la fin de la connexion. Réessayez. Si la fenêtre affichait une erreur (client inconnu, URI de redirection non enregistrée…), transmettez ce texte à votre administrateur : l’ID client dans config.json et les URI de redirection du client OAuth doivent correspondre à cette application.',
  failureNoAnswer:
    'La connexion n’a pas abouti. Si la page Genesys affichait une erreur (client inconnu, URI de redirection non enregistrée…), transmettez ce texte à votre administrateur : l’ID client dans config.json et les URI de redirection du client OAuth doivent correspondre à cette application. Sinon, reconnectez-vous.',
  failureFrameRefused:
    'La page de connexion Genesys ne peut pas s’afficher dans ce cadre. Connectez-vous plutôt dans une fenêtre séparée.',
  failureStateMismatch:
    'La réponse de connexion ne correspondait à aucune connexion lancée ici ; elle a été refusée pour votre sécurité. Relancez la connexion depuis cette fenêtre.',
  failureExpiredAtReceipt:
    'La réponse de connexion avait déjà expiré à son arrivée. Vérifiez l’horloge de votre ordinateur et la durée de vie du jeton du client OAuth, puis réessayez.',
  failureNetwork: 'Genesys Cloud est injoignable. Vérifiez votre connexion réseau, puis réessayez.',
  failureRejected:
    'Genesys Cloud a refusé la connexion. Réessayez ; si le problème persiste, prévenez votre administrateur.',
  failureServerError:
    'Genesys Cloud n’a pas pu terminer la connexion pour le moment. Patientez un instant, puis réessayez.',
  failureSignInUnavailable:
    'La connexion n’a pas pu démarrer : une partie de cette application n’a pas été téléchargée. Vérifiez votre connexion réseau, puis réessayez. Si le problème persiste, l’application vient peut-être d’être mise à jour : rechargez la page.',
  failureDetail: 'Détails : {detail}',
} satisfies Record<AuthMessageKey, Message>
