import type { Message } from '../../ui/i18n.tsx'
import type { AuthMessageKey } from './messages.ts'

/** Brazilian Portuguese for ./messages.ts, in its own file so that only agents working in Brazilian Portuguese download it. */
export const authMessagesPtBr = {
  signInTitle: 'Entrar no Genesys Cloud',
  signInIntro: 'Este widget lê e corrige os dados dos participantes com a sua conta do Genesys Cloud.',
  signIn: 'Entrar',
  signingIn: 'Entrando…',
  signOut: 'Sair',
  signOutUnsaved: {
    one: 'Você tem {count} alteração não salva. Ao sair, ela é descartada, para que a próxima pessoa que usar este navegador não possa enviá-la.',
    other:
      'Você tem {count} alterações não salvas. Ao sair, elas são descartadas, para que a próxima pessoa que usar este navegador não possa enviá-las.',
  },
  signOutDiscard: 'Sair e descartar',
  signOutKeep: 'Continuar trabalhando',
  tryAgain: 'Tentar novamente',
  regionLabel: 'Região',
  regionEmulator: 'Emulador local ({origin})',
  implicitRetirementNotice:
    'Este widget entra com a concessão implícita, que o Genesys Cloud está descontinuando (sem novos clientes implícitos a partir de 2026; o login implícito para de funcionar em 2027). Peça ao administrador para mudar o cliente OAuth para Code Authorization com PKCE.',
  popupCallbackDone: 'Login feito. Você pode fechar esta janela.',
  sessionEndsIn: 'Sua sessão do Genesys termina em {seconds} s.',
  sessionEnded:
    'Sua sessão do Genesys terminou. Suas alterações foram mantidas; entre novamente para salvá-las.',
  renew: 'Renovar',
  renewing: 'Renovando…',
  failureAccessDenied:
    'O Genesys Cloud não concedeu acesso (o login foi cancelado ou a permissão foi recusada). Entre novamente e aceite a solicitação, ou peça as permissões necessárias ao administrador.',
  failureUnknownClient:
    'O Genesys Cloud não reconhece o cliente OAuth deste app nesta região. Peça ao administrador para verificar o ID do cliente e a região no config.json.',
  failureWrongGrant:
    'O cliente OAuth não está configurado para este tipo de login. Peça ao administrador para verificar o tipo de concessão (PKCE ou implícita) no Genesys Cloud e no config.json.',
  failureWrongRedirectUri:
    'O Genesys Cloud recusou o endereço deste app como URI de redirecionamento. Peça ao administrador para adicioná-lo às URIs de redirecionamento do cliente OAuth.',
  failurePopupBlocked:
    'O navegador bloqueou a janela de login. Permita pop-ups para este site e tente novamente.',
  failurePopupClosed:
    'A janela de login foi fechada antes de o login terminar. Tente novamente. Se a janela mostrou um erro, como cliente desconhecido ou URI de redirecionamento não registrada, passe esse texto ao administrador: o ID do cliente no config.json e as URIs de redirecionamento do cliente OAuth precisam corresponder a este app.',
  failureNoAnswer:
    'O login não foi concluído. Se a página do Genesys mostrou um erro, como cliente desconhecido ou URI de redirecionamento não registrada, passe esse texto ao administrador: o ID do cliente no config.json e as URIs de redirecionamento do cliente OAuth precisam corresponder a este app. Caso contrário, entre novamente.',
  failureFrameRefused:
    'A página de login do Genesys não pode ser exibida dentro deste quadro. Entre por uma janela separada.',
  failureStateMismatch:
    'A resposta de login não correspondia a nenhum login iniciado aqui e foi recusada para sua segurança. Inicie o login novamente nesta janela.',
  failureExpiredAtReceipt:
    'A resposta de login já estava expirada quando chegou. Verifique o relógio do computador e a validade do token do cliente OAuth e tente novamente.',
  failureNetwork:
    'Não foi possível acessar o Genesys Cloud. Verifique sua conexão de rede e tente novamente.',
  failureRejected:
    'O Genesys Cloud recusou o login. Tente novamente; se continuar falhando, avise o administrador.',
  failureServerError:
    'O Genesys Cloud não conseguiu concluir o login agora. Aguarde um momento e tente novamente.',
  failureSignInUnavailable:
    'Não foi possível iniciar o login: uma parte deste app não foi baixada. Verifique sua conexão de rede e tente novamente. Se continuar falhando, o app pode ter acabado de ser atualizado: recarregue a página.',
  failureDetail: 'Detalhes: {detail}',
} satisfies Record<AuthMessageKey, Message>
