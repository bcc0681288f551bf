import {
  conversationDataSchemaListingSchema,
  conversationDataSchemaSchema,
  customAttributesListingSchema,
  customAttributesRecordSchema,
  type ConversationDataSchema,
  type CustomAttributesPatch,
  type CustomAttributesRecord,
} from './custom-attributes-schemas.ts'
import type { Requester } from './request.ts'

export interface CustomAttributesClient {
  listRecords(conversationId: string, init?: { signal?: AbortSignal }): Promise<CustomAttributesRecord[]>
  getRecord(conversationId: string, recordId: string): Promise<CustomAttributesRecord>
  /** Amends only the given fields; a stale `version` is refused by the server (409 in the emulator, assumed). */
  patchRecord(conversationId: string, patch: CustomAttributesPatch): Promise<void>
  listSchemas(): Promise<ConversationDataSchema[]>
  /** One version of a schema: a record names the version it was written under. */
  getSchemaVersion(schemaId: string, version: number): Promise<ConversationDataSchema>
}

const id = encodeURIComponent

/**
 * Conversation custom attributes over the widget's one request function (token, deadline, typed errors, zod):
 * ConversationsApi getConversationCustomattributes, getConversationCustomattribute,
 * patchConversationCustomattributes, getConversationsCustomattributesSchemas and
 * getConversationsCustomattributesSchemaVersion of the official SDK, same paths and bodies.
 */
export function createCustomAttributesClient(request: Requester): CustomAttributesClient {
  return {
    listRecords: async (conversationId, init) =>
      (
        await request({
          method: 'GET',
          path: `/api/v2/conversations/${id(conversationId)}/customattributes`,
          schema: customAttributesListingSchema,
          signal: init?.signal,
        })
      ).results ?? [],
    getRecord: (conversationId, recordId) =>
      request({
        method: 'GET',
        path: `/api/v2/conversations/${id(conversationId)}/customattributes/${id(recordId)}`,
        schema: customAttributesRecordSchema,
      }),
    patchRecord: (conversationId, patch) =>
      request({
        method: 'PATCH',
        path: `/api/v2/conversations/${id(conversationId)}/customattributes`,
        body: patch,
      }),
    listSchemas: async () =>
      (
        await request({
          method: 'GET',
          path: '/api/v2/conversations/customattributes/schemas',
          schema: conversationDataSchemaListingSchema,
        })
      ).entities ?? [],
    getSchemaVersion: (schemaId, version) =>
      request({
        method: 'GET',
        path: `/api/v2/conversations/customattributes/schemas/${id(schemaId)}/versions/${id(String(version))}`,
        schema: conversationDataSchemaSchema,
      }),
  }
}
