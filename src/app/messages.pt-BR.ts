import type { Message } from '../ui/i18n.tsx'
import type { AppMessageKey } from './messages.ts'

/** Brazilian Portuguese for ./messages.ts, in its own file so that only agents working in Brazilian Portuguese download it. */
export const appMessagesPtBr = {
  title: 'Dados dos participantes',
  localEmulator: 'Emulador local',
  configErrorTitle: 'O widget não está configurado corretamente',
  configErrorHelp:
    'Peça ao administrador do Genesys Cloud para verificar a configuração do widget (config.json) e a URL da integração.',
  storageBlocked:
    'Seu navegador não permite que este painel guarde dados, então as alterações pendentes só ficam guardadas enquanto ele estiver aberto. Salve-as antes de fechar ou recarregar, ou permita cookies de terceiros para este site.',
  storageFull:
    'O armazenamento deste navegador para o painel está cheio: as alterações preparadas a partir de agora só ficam guardadas enquanto o painel estiver aberto. Salve-as antes de recarregá-lo.',
  featureFailed:
    'Esta parte do painel parou de funcionar ({message}). Suas alterações pendentes foram mantidas; tente novamente ou recarregue o painel.',
  reload: 'Recarregar o painel',
  tryAgain: 'Tentar novamente',
  userUnknown:
    'O Genesys Cloud não informou quem está conectado ({reason}). Suas alterações pendentes são mantidas; “Salvar” e as atualizações ao vivo aguardam até que informe. Nova tentativa a cada {seconds} s.',
} satisfies Record<AppMessageKey, Message>
