import { useMemo } from 'react'
import { createCustomAttributesClient } from '../../../genesys/custom-attributes-client.ts'
import { createRequester } from '../../../genesys/request.ts'
import { useGenesysClient } from '../../../lib/genesys-client-context.tsx'
import { useAuthContext } from '../../auth/public.ts'
import type { FieldAccessOf } from '../model/field-access.ts'
import type { RecordCommitted } from '../model/record-audit.ts'
import { RecordEditsProvider } from '../store/record-edits-context.tsx'
import { ConversationDataSection } from './conversation-data-section.tsx'

export interface ConversationDataProps {
  conversationId: string
  /**
   * The attribute policy for the signed-in user's role (docs/GOVERNANCE.md): its rules match a field by its key,
   * like a participant attribute name. Absent: every field editable.
   */
  accessOf?: FieldAccessOf | undefined
  /** The policy's `exportMasked`: masked fields exported in clear. */
  exportMasked?: boolean | undefined
  /**
   * Every commit that landed, as an audit entry with values masked where the policy masks them. src/app writes it
   * to the conversation's audit history, which this feature does not import (it belongs to the attributes feature).
   */
  onRecordCommitted?: ((committed: RecordCommitted) => void) | undefined
  /** The signed-in user's name, for the audit entry. */
  userLabel?: string | undefined
}

/**
 * The chunk's entry: the custom-attributes client over the same request function, origin and session as the
 * widget's Genesys client (token on every request, one re-authentication on a 401).
 */
export function ConversationData({
  conversationId,
  accessOf,
  exportMasked,
  onRecordCommitted,
  userLabel,
}: ConversationDataProps) {
  const genesys = useGenesysClient()
  const { session } = useAuthContext()
  const client = useMemo(
    () =>
      createCustomAttributesClient(
        createRequester({
          apiOrigin: genesys.apiOrigin,
          getAccessToken: () => session.getAccessToken() ?? '',
          onUnauthorized: () => session.reauthenticate(),
        }),
      ),
    [genesys.apiOrigin, session],
  )
  return (
    <RecordEditsProvider>
      <ConversationDataSection
        client={client}
        conversationId={conversationId}
        accessOf={accessOf}
        exportMasked={exportMasked}
        onRecordCommitted={onRecordCommitted}
        userLabel={userLabel}
      />
    </RecordEditsProvider>
  )
}
