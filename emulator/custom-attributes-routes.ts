import {
  deleteCustomAttributesSchemas,
  getCustomAttributesState,
  postAdminCustomAttributes,
  postCustomAttributesPermissions,
  postCustomAttributesSchema,
  postCustomAttributesSettings,
} from './admin/custom-attribute-routes.ts'
import {
  getCoreType,
  getSchema,
  getSchemaLimits,
  getSchemaVersion,
  listCoreTypes,
  listSchemaVersions,
  listSchemas,
} from './api/custom-attribute-schemas.ts'
import {
  deleteCustomAttributesRecord,
  getCustomAttributesRecord,
  listCustomAttributes,
  patchCustomAttributes,
  patchCustomAttributesBulk,
  putCustomAttributes,
  putCustomAttributesBulk,
} from './api/custom-attributes.ts'
import { route, type Route } from './http/router.ts'

const records = '/api/v2/conversations/:conversationId/customattributes'
const schemas = '/api/v2/conversations/customattributes/schemas'

/** Conversation custom attributes: API and admin routes (registered in routes.ts). */
export const customAttributeRoutes: readonly Route[] = [
  route('GET', records, listCustomAttributes),
  route('PATCH', records, patchCustomAttributes),
  route('PUT', records, putCustomAttributes),
  route('PATCH', `${records}/bulk`, patchCustomAttributesBulk),
  route('PUT', `${records}/bulk`, putCustomAttributesBulk),
  route('GET', `${records}/:attributesId`, getCustomAttributesRecord),
  route('DELETE', `${records}/:attributesId`, deleteCustomAttributesRecord),
  // Fixed segments before `:schemaId`, which would otherwise take "coretypes" and "limits" as ids.
  route('GET', schemas, listSchemas),
  route('GET', `${schemas}/coretypes`, listCoreTypes),
  route('GET', `${schemas}/coretypes/:coreTypeName`, getCoreType),
  route('GET', `${schemas}/limits`, getSchemaLimits),
  route('GET', `${schemas}/:schemaId`, getSchema),
  route('GET', `${schemas}/:schemaId/versions`, listSchemaVersions),
  route('GET', `${schemas}/:schemaId/versions/:versionId`, getSchemaVersion),

  route('GET', '/__admin/custom-attributes', getCustomAttributesState),
  route('POST', '/__admin/custom-attributes/settings', postCustomAttributesSettings),
  route('POST', '/__admin/custom-attributes/permissions', postCustomAttributesPermissions),
  route('POST', '/__admin/custom-attributes/schemas', postCustomAttributesSchema),
  route('DELETE', '/__admin/custom-attributes/schemas', deleteCustomAttributesSchemas),
  route('POST', '/__admin/conversations/:conversationId/customattributes', postAdminCustomAttributes),
]
