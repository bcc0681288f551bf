import type { Message } from '../../ui/i18n.tsx'
import type { PlatformRecordMessageKey } from './messages.ts'

/** Brazilian Portuguese for ./messages.ts, in its own file so that only agents working in Brazilian Portuguese download it. */
export const platformRecordMessagesPtBr = {
  heading: 'O que as análises guardam',
  intro:
    'As análises não guardam atributos definidos depois do encerramento de uma conversa: relatórios e exportações baseados nas análises mostram os valores guardados.',
  introActive:
    'Esta conversa ainda está ativa: as análises guardam os valores que ela tiver ao ser encerrada.',
  compare: 'Comparar com as análises',
  loading: 'Consultando as análises…',
  tableLabel: 'Valores guardados pelas análises e valores ao vivo de {participant}',
  colName: 'Nome',
  colLive: 'Valor ao vivo',
  colKept: 'Guardado pelas análises',
  colStatus: 'Status',
  status_kept: 'guardado pelas análises',
  'status_live-only': 'só ao vivo',
  'status_kept-only': 'só nas análises',
  absent: '(não definido)',
  nothing: 'As análises não têm atributos para este participante.',
  forbidden:
    'O Genesys Cloud recusou a solicitação às análises: sua função não tem a permissão {permission}. Peça ao administrador do Genesys Cloud para adicioná-la.',
  failed: 'Não foi possível consultar as análises: {message}',
} satisfies Record<PlatformRecordMessageKey, Message>
