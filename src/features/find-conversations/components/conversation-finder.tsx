import { useEffect } from 'react'
import type { Requester } from '../../../genesys/request.ts'
import type { Conversation } from '../../../genesys/schemas.ts'
import { labelConversation } from '../model/conversation-label.ts'
import { restLabelSource } from '../model/label-sources.ts'
import { FindConversations } from './find-conversations.tsx'
import { RecentConversationsList, type RecentEntry } from './recent-conversations-list.tsx'
import { useNameLookup } from './use-label-text.ts'
import '../find-conversations.css'

export interface ConversationFinderProps {
  request: Requester
  /** The conversation on screen once it has loaded: only a found conversation is remembered. */
  currentConversation: Conversation | undefined
  currentId: string | undefined
  recent: readonly RecentEntry[]
  remember: (entry: RecentEntry) => void
  onOpen: (conversationId: string) => void
  /** Supervisors search; everyone gets the recent list. */
  canSearch: boolean
  onCorrectAll?: ((found: ReadonlyArray<{ conversationId: string; label: string }>) => void) | undefined
}

/** The chunk a supervisor's search lives in: search form, results, and the labelled recent list. */
export function ConversationFinder(props: ConversationFinderProps) {
  const { currentConversation, remember } = props
  const names = useNameLookup(props.request)
  useEffect(() => {
    if (!currentConversation) return
    remember({
      id: currentConversation.id,
      openedAt: Date.now(),
      label: labelConversation(restLabelSource(currentConversation), names),
    })
  }, [currentConversation, names, remember])
  return (
    <>
      {props.canSearch ? (
        <FindConversations
          request={props.request}
          onOpen={(found) => props.onOpen(found.conversationId)}
          onCorrectAll={props.onCorrectAll}
        />
      ) : null}
      <RecentConversationsList recent={props.recent} currentId={props.currentId} onOpen={props.onOpen} />
    </>
  )
}
