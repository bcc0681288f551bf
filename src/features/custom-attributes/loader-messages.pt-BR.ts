import type { Message } from '../../ui/i18n.tsx'
import type { CustomAttributesLoaderMessageKey } from './loader-messages.ts'

/** Brazilian Portuguese for ./loader-messages.ts, in its own file so that only agents working in Brazilian Portuguese download it. */
export const customAttributesLoaderMessagesPtBr = {
  loading: 'Carregando os dados da conversa…',
  failed:
    'Não foi possível carregar os dados da conversa. Verifique a conexão; os dados dos participantes acima funcionam sem eles.',
  retry: 'Tentar novamente',
} satisfies Record<CustomAttributesLoaderMessageKey, Message>
