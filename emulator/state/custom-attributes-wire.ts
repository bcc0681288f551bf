import {
  currentVersion,
  type StoredRecord,
  type StoredSchema,
  type StoredSchemaVersion,
} from './custom-attributes.ts'

/** The SDK shapes (CustomAttributes, ConversationDataSchema) of what state/custom-attributes.ts stores. */

const schemaPath = '/api/v2/conversations/customattributes/schemas'

export function schemaVersionWire(
  schema: StoredSchema,
  version: StoredSchemaVersion = currentVersion(schema),
) {
  return {
    id: schema.id,
    version: version.version,
    enabled: version.enabled,
    dateCreated: version.dateCreated,
    createdBy: { id: 'emulator-admin' },
    jsonSchema: version.jsonSchema,
    selfUri: `${schemaPath}/${schema.id}/versions/${version.version}`,
  }
}

export function recordWire(record: StoredRecord) {
  return {
    id: record.id,
    conversationId: record.conversationId,
    divisions: [...record.divisions],
    schema: {
      id: record.schemaId,
      version: record.schemaVersion,
      selfUri: `${schemaPath}/${record.schemaId}/versions/${record.schemaVersion}`,
    },
    customAttributes: { ...record.values },
    customAttributesTimestamps: { ...record.timestamps },
    version: record.version,
    dateCreated: record.dateCreated,
    dateModified: record.dateModified,
    selfUri: `/api/v2/conversations/${record.conversationId}/customattributes/${record.id}`,
  }
}

/** Core types the seeded org offers (CoretypeListing); limits as Genesys documents them where it does. */
export const coreTypes = [
  'text',
  'longtext',
  'integer',
  'number',
  'boolean',
  'enum',
  'date',
  'datetime',
  'currency',
]

export function coreTypeWire(name: string, at: string) {
  const text = name === 'text' || name === 'longtext'
  return {
    id: name,
    name,
    version: 1,
    dateCreated: at,
    current: true,
    schema: {
      title: name,
      type: [
        name === 'datetime' || name === 'date' || text || name === 'enum' || name === 'currency'
          ? 'string'
          : name,
      ],
    },
    validationFields: text
      ? ['minLength', 'maxLength']
      : name === 'integer' || name === 'number'
        ? ['minimum', 'maximum']
        : [],
    ...(text
      ? {
          validationLimits: {
            minLength: { min: 0, max: name === 'text' ? 100 : 2000 },
            maxLength: { min: 1, max: name === 'text' ? 100 : 2000 },
          },
        }
      : {}),
    selfUri: `${schemaPath}/coretypes/${name}`,
  }
}

/** SchemaQuantityLimits: 50 schemas per org is documented; the field counts are assumed. */
export const schemaLimitsWire = {
  id: 'limits',
  name: 'conversation custom attributes',
  minFieldNameCharacters: 1,
  maxFieldNameCharacters: 100,
  minFieldTitleCharacters: 1,
  maxFieldTitleCharacters: 100,
  minFieldDescriptionCharacters: 0,
  maxFieldDescriptionCharacters: 500,
  minSchemaNameCharacters: 1,
  maxSchemaNameCharacters: 100,
  minSchemaDescriptionCharacters: 0,
  maxSchemaDescriptionCharacters: 500,
  maxNumberOfSchemasPerOrg: 50,
  maxNumberOfFieldsPerSchema: 100,
  maxNumberOfFieldsPerOrg: 1000,
  selfUri: `${schemaPath}/limits`,
}
