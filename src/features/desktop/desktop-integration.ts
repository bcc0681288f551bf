import type { QueryClient } from '@tanstack/react-query'
import type { StoreApi } from 'zustand'
import { genesysKeys } from '../../genesys/query-keys.ts'
import type { Conversation } from '../../genesys/schemas.ts'
import { translator, type Language } from '../../ui/i18n.tsx'
import { attributeMessages, type AttributeMessageKey } from '../attributes/messages.ts'
import type { EditProblem, ServerAttributes } from '../attributes/model/staged-edit.ts'
import type { StagedEditsState } from '../attributes/store/staged-edits-store.ts'
import { createDesktopHost, type DesktopHost } from './desktop-host.ts'
import { desktopMessages } from './desktop-messages.ts'
import {
  desktopViewOf,
  emptyDesktopView,
  planDesktopNotices,
  planStopNotice,
  type DesktopCommand,
  type DesktopView,
} from './model/desktop-notices.ts'

export interface DesktopIntegrationInputs {
  language: Language
  editsStore: StoreApi<StagedEditsState>
  queryClient: QueryClient
  /** Tests pass a host around a fake SDK. */
  host?: DesktopHost | undefined
}

const problemKeys: Record<EditProblem, AttributeMessageKey> = {
  rejected: 'problem_rejected',
  forbidden: 'problem_forbidden',
  'not-found': 'problem_not_found',
  'rate-limited': 'problem_rate_limited',
  uncertain: 'problem_uncertain',
  unconfirmed: 'problem_unconfirmed',
  interrupted: 'problem_interrupted',
  unauthorized: 'problem_unauthorized',
}

/**
 * The thin shell around planDesktopNotices: it watches the staged edits and the query cache, and tells the
 * desktop what changed. Loaded (with the SDK) only when the widget runs in a Genesys frame. Returns the stop.
 */
export function startDesktopIntegration(inputs: DesktopIntegrationInputs): () => void {
  const host = inputs.host ?? createDesktopHost()
  if (!host) return () => undefined
  const t = translator(desktopMessages, inputs.language)
  const tAttributes = translator(attributeMessages, inputs.language)
  const run = (commands: readonly DesktopCommand[]) => {
    for (const command of commands) {
      if (command.type === 'attention') host.setAttentionCount(command.count)
      else {
        const { notice } = command
        const title = t('toastTitle')
        if (notice.kind === 'unsaved-on-stop')
          host.showToast(title, t('unsavedOnStop', { count: notice.count }), 'info')
        else if (notice.kind === 'value-changed-elsewhere')
          host.showToast(
            title,
            t('changedElsewhere', { count: notice.names.length, names: notice.names.join(', ') }),
            'info',
          )
        else
          host.showToast(
            title,
            t('commitFailed', {
              count: notice.names.length,
              names: notice.names.join(', '),
              reason: tAttributes(problemKeys[notice.problem]),
            }),
            'error',
          )
      }
    }
  }

  const serverOf = (participantKey: string): ServerAttributes | undefined => {
    const [conversationId, participantId] = participantKey.split('/')
    if (!conversationId || !participantId) return undefined
    const conversation = inputs.queryClient.getQueryData<Conversation>(
      genesysKeys.conversation(conversationId),
    )
    return conversation?.participants.find((participant) => participant.id === participantId)?.attributes
  }
  let view: DesktopView = emptyDesktopView
  const update = () => {
    const next = desktopViewOf(inputs.editsStore.getState().byKey, serverOf)
    const commands = planDesktopNotices(view, next)
    view = next
    run(commands)
  }
  update()
  const stopEdits = inputs.editsStore.subscribe(update)
  const stopCache = inputs.queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated') update()
  })
  host.onStop(() => run(planStopNotice(view)))
  return () => {
    stopEdits()
    stopCache()
  }
}
